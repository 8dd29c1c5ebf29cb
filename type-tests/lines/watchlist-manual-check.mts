import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Screening')
  .task.textExtraction()
  .check.watchlistScreening({ categories: ['SANCTIONS'], manualCheck: 'NEVER' }) // @error: check.watchlistScreening() has no manual review; remove manualCheck
  .toJSON();
