/** Type helpers shared by the type tests. */
import type { ConfigError } from 'yoti-session-config';

/** The message a ConfigError carries, to pin the wording of option-level errors. */
export type MessageOf<Type> = Type extends ConfigError<infer Message> ? Message : never;

/** `auth_type` → `authType`: how option keys are named after JSON keys. */
export type Camel<Key extends string> = Key extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : Key;
