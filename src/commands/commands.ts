/*
 * The ribbon's only button opens the task pane through the manifest (ShowTaskpane), which needs no
 * code. Office still requires a function file for the desktop form factor, so this one just
 * reports that it is ready.
 */
Office.onReady(() => {
  // Nothing to register: every ribbon action is declarative.
});
