/* Nothing to call: StandardDescriptors.c's constructor runs when the program is loaded. */
