import CLibEdit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines with libedit: emacs-style editing keys, history kept across runs with Ctrl-R
/// search, Tab completion and an argument hint supplied by the shell, and `~/.editrc` applied.
///
/// `@unchecked Sendable`: libedit's state is touched only by the thread that is inside
/// ``readLine(prompt:)`` (and the callbacks libedit makes from it) or by the REPL between lines,
/// never by two threads at once.
public final class LibEditReader: LineReader, @unchecked Sendable {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEvent()
    private let historyPath: String?
    private let hooks: LineEditingHooks
    private let color: Bool
    private var promptText: UnsafeMutablePointer<CChar>
    private var hintText: UnsafeMutablePointer<CChar>
    private var lastTab: String?
    private var closed = false

    /// Sets up libedit on standard input and output, or returns `nil` when it cannot.
    public init?(hooks: LineEditingHooks, historyPath: String?, color: Bool) {
        Self.enableUTF8()
        guard let editLine = clibedit_init_stdio("vus"), let history = history_init() else { return nil }
        self.editLine = editLine
        self.history = history
        self.hooks = hooks
        self.color = color
        self.historyPath = historyPath
        self.promptText = strdup("vus> ")
        self.hintText = strdup("")

        clibedit_history_setsize(history, &event, 1000)  // the default size keeps nothing
        clibedit_history_setunique(history, &event, 1)   // drop consecutive duplicates
        if let historyPath { _ = clibedit_history_load(history, &event, historyPath) }

        clibedit_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        clibedit_set_editor(editLine, "emacs")
        // libedit restores the terminal on Ctrl-Z, Ctrl-C and resizes while it reads.
        clibedit_set_signal(editLine, 1)
        clibedit_set_history(editLine, history)
        clibedit_set_getc(editLine) { _, character in
            KeyInput.readCharacter(into: character)
        }
        clibedit_set_prompt_esc(editLine, { el in LibEditReader.instance(el)?.promptText }, 1)
        clibedit_set_rprompt_esc(editLine, { el in LibEditReader.instance(el)?.currentHint() }, 1)
        // Functions must exist before anything binds to them.
        clibedit_add_function(editLine, "vus-complete", "Complete the word at the cursor") { el, _ in
            LibEditReader.instance(el)?.complete() ?? UInt8(CC_ERROR)
        }
        clibedit_add_function(editLine, "vus-space", "Insert a space and show the argument hint") { el, _ in
            el_insertstr(el, " ")
            return UInt8(CC_REFRESH)
        }
        clibedit_bind(editLine, "^I", "vus-complete")
        clibedit_bind(editLine, " ", "vus-space")
        clibedit_bind(editLine, "^R", "em-inc-search-prev")
        // The user's ~/.editrc comes last, so their settings win.
        el_source(editLine, nil)
    }

    deinit { close() }

    private static func instance(_ el: OpaquePointer?) -> LibEditReader? {
        guard let el, let raw = clibedit_get_clientdata(el) else { return nil }
        return Unmanaged<LibEditReader>.fromOpaque(raw).takeUnretainedValue()
    }

    /// libedit drops non-ASCII keystrokes unless the locale's character set is UTF-8.
    private static func enableUTF8() {
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    // MARK: LineReader

    public func readLine(prompt: String) -> LineReadResult {
        setPrompt(prompt)
        lastTab = nil
        // A Ctrl-C that cancelled the previous command is spent; it must not also drop this line.
        KeyInput.interruptRequested.store(false, ordering: .relaxed)
        var count: Int32 = 0
        errno = 0
        guard let text = el_gets(editLine, &count) else {
            if count == -1 && errno == EINTR {
                // Ctrl-C: the typed text stays on screen; end its line.
                write("^C\n")
                return .interrupted
            }
            write("\n")
            return .endOfInput
        }
        var line = String(cString: text)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func readSecret(prompt: String) -> String? {
        write(prompt)
        let echoWasOn = PlainLineReader.setEcho(false)
        defer {
            if echoWasOn { PlainLineReader.setEcho(true) }
            write("\n")
        }
        return RawInput.readLine(fd: STDIN_FILENO)
    }

    public func forgetHistory(where matches: (String) -> Bool) {
        var doomed: [Int32] = []
        var found = clibedit_history_first(history, &event)
        while found == 0 {
            if let text = event.str, matches(String(cString: text)) { doomed.append(event.num) }
            found = clibedit_history_next(history, &event)
        }
        for number in doomed { clibedit_history_delete(history, &event, number) }
    }

    public func addHistory(_ line: String) {
        clibedit_history_enter(history, &event, line)
        save()
    }

    public func close() {
        guard !closed else { return }
        closed = true
        save()
        // Keeps typed-ahead input from being flushed when the editor goes away.
        clibedit_set_editmode(editLine, 0)
        el_end(editLine)
        history_end(history)
        free(promptText)
        free(hintText)
    }

    // MARK: Internals

    private func save() {
        guard let historyPath else { return }
        _ = clibedit_history_save(history, &event, historyPath)
        chmod(historyPath, 0o600)
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The prompt in bold when colour is allowed; `\1` marks the invisible escape codes so
    /// libedit counts columns right.
    private func setPrompt(_ prompt: String) {
        free(promptText)
        guard color, prompt.hasSuffix("> ") else {
            promptText = strdup(prompt)
            return
        }
        promptText = strdup("\u{1}\u{1B}[1m\u{1}\(prompt.dropLast(2))\u{1}\u{1B}[0m\u{1}> ")
    }

    private func lineBeforeCursor() -> String {
        guard let info = el_line(editLine)?.pointee else { return "" }
        let length = info.cursor - info.buffer
        return String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: length), as: UTF8.self)
    }

    private func wholeLine() -> String {
        guard let info = el_line(editLine)?.pointee else { return "" }
        let length = info.lastchar - info.buffer
        return String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: length), as: UTF8.self)
    }

    private func currentHint() -> UnsafeMutablePointer<CChar> {
        free(hintText)
        let hint = hooks.hint(wholeLine()) ?? ""
        hintText = strdup(color && !hint.isEmpty ? "\u{1}\u{1B}[2m\u{1}\(hint)\u{1}\u{1B}[0m\u{1}" : hint)
        return hintText
    }

    /// One candidate completes the word; several complete their common prefix, and a second Tab
    /// lists them.
    private func complete() -> UInt8 {
        let before = lineBeforeCursor()
        let completions = hooks.complete(before)
        let candidates = completions.candidates.filter { $0.hasPrefix(completions.partial) }
        if candidates.count == 1 {
            let rest = String(candidates[0].dropFirst(completions.partial.count))
            el_insertstr(editLine, rest + (completions.appendsSpace ? " " : ""))
            lastTab = nil
            return UInt8(CC_REFRESH)
        }
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let common = Completions(partial: completions.partial, candidates: candidates).commonPrefix
        if common.count > completions.partial.count {
            let inserted = String(common.dropFirst(completions.partial.count))
            el_insertstr(editLine, inserted)
            lastTab = before + inserted  // so the next Tab lists what remains
            return UInt8(CC_REFRESH)
        }
        if lastTab == before {
            write("\n" + Self.columns(candidates, width: Int(clibedit_columns(editLine))))
            return UInt8(CC_REDISPLAY)
        }
        lastTab = before
        return UInt8(CC_REFRESH_BEEP)
    }

    /// Candidates laid out in columns across the terminal, as shells list them.
    static func columns(_ words: [String], width: Int) -> String {
        let cell = (words.map(\.count).max() ?? 0) + 2
        let perLine = max(1, (width > 0 ? width : 80) / cell)
        var text = ""
        for (index, word) in words.enumerated() {
            let last = index % perLine == perLine - 1 || index == words.count - 1
            text += last ? word + "\n" : word.padding(toLength: cell, withPad: " ", startingAt: 0)
        }
        return text
    }
}
