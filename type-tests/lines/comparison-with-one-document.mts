import { sessionConfig } from 'yoti-session-config';

declare const apiKey: string;

export const created = sessionConfig()
  .name('Comparison')
  .check.documentComparison()
  .document.id()
  .create(apiKey); // @error: check.documentComparison() compares two documents
