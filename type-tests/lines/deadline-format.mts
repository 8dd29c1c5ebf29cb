import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Deadline')
  .sessionDeadline('2030-06-30') // @error: sessionDeadline takes an ISO 8601 date-time with an offset
  .toJSON();
