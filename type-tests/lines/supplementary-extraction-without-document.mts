import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Address')
  .task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' })
  .document.id()
  .toJSON(); // @error: task.supplementaryTextExtraction() reads a supplementary document: add .document.supplementary(...)
