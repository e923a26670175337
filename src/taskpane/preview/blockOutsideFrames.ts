/* global document */
/**
 * Forbids frames from other origins in the preview. Outside an Office host, office.js adds a
 * hidden frame pointing at Microsoft's telemetry service 3 s after it loads. The preview sends
 * nothing off the machine, so a Content-Security-Policy blocks that frame. Chromium and
 * Firefox enforce a policy meta element added by script from the moment it is inserted.
 */
export function blockOutsideFrames(): void {
  const policy = document.createElement("meta");
  policy.httpEquiv = "Content-Security-Policy";
  policy.content = "frame-src 'self' blob:";
  document.head.appendChild(policy);
}
