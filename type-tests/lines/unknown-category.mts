import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Screening')
  .task.textExtraction()
  .check.watchlistScreening({ categories: ['ADVERSE_MEDIA'] }) // @error: '"ADVERSE_MEDIA"' is not assignable
  .toJSON();
