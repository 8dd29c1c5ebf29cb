// The builder-only app, and then `create()`, which loads the HTTP client (and ky) on first use.
import { config } from './emit-config.mjs';

const created = await config.create(process.env['YOTI_SIGN_API_KEY'] ?? '');
console.log(created.status);
