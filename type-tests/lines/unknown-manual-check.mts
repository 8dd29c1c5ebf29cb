import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Authenticity')
  .check.documentAuthenticity({ manualCheck: 'SOMETIMES' }) // @error: '"SOMETIMES"' is not assignable
  .document.id()
  .toJSON();
