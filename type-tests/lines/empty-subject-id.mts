import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Subject')
  .subject({ subjectId: '' }) // @error: subjectId must not be empty
  .toJSON();
