import * as lib from 'yoti-session-config';
import { scenario } from './scenario.mjs';

await scenario(lib, 'import', (specifier) => import(specifier));
