import { sessionConfig } from 'yoti-session-config';

const unnamed = sessionConfig()
  .check.liveness({ maxRetries: 3 })
  .document.id();

export const body = unnamed
  .toJSON(); // @error: a stored configuration needs a name: call .name(...) before toJSON() or create()
