#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

/* vus started with standard input, output or error closed (`vus ... >&-`): the first descriptors
   the Swift runtime opens (an eventfd of the main queue) would take their numbers, and vus's
   output would go into them. This runs before the runtime, as the program is loaded, and fills
   each closed one with /dev/null opened the wrong way round, as gnulib's stdopen does: writes to
   a closed output then fail with EBADF, which vus reports ("Bad file descriptor"). */
__attribute__((constructor)) static void vus_reserve_standard_descriptors(void) {
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        int opened = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
        /* open takes the lowest free number, which is fd since the ones below it are open. */
        if (opened >= 0 && opened != fd) close(opened);
    }
}
