import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Screening')
  .check.watchlistScreening({ categories: [] }) // @error: categories must list at least one value
  .task.textExtraction({ manualCheck: 'NEVER' })
  .toJSON();
