import type { Session } from 'electron';

/**
 * Grants a session nothing: every permission request (camera, microphone,
 * location, notifications, clipboard reading, …) and permission check is
 * refused, no HID/USB/serial device is granted or picked, and screen capture
 * is refused. A news editor needs none of these; a hostile pasted page must not
 * get them. Free of Electron's runtime so a test can pass a stand-in Session.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Answering with no video and no audio stream refuses the capture.
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
}
