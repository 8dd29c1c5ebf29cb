import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Face match')
  .check.liveness()
  .check.faceMatch() // @error: Expected 1 arguments, but got 0
  .document.id()
  .toJSON();
