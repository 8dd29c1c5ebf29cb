/**
 * `.notifications(...)`: an endpoint literal must be https://, an auth type needs an auth token,
 * topics and auth types are their known values. Each rule: the illegal form fails, the message is
 * the documented one, and the legal form compiles.
 */
import { expectError, expectType } from 'tsd';
import {
  sessionConfig,
  type NotificationsJson,
  type NotificationsOptions,
  type SessionConfigBuilder,
} from 'yoti-session-config';
import type { Camel, MessageOf } from './support.js';

const named = sessionConfig().name('Webhooks');

// Every option key is the camelCase of a notifications key, and the other way round.
expectType<Camel<keyof NotificationsJson>>({} as keyof NotificationsOptions);

// The legal form, state unchanged.
expectType<SessionConfigBuilder<'name'>>(
  named.notifications({
    endpoint: 'https://example.com/hooks',
    authType: 'BEARER',
    authToken: 'token',
    topics: ['RESOURCE_UPDATE', 'TASK_COMPLETION', 'CHECK_COMPLETION', 'SESSION_COMPLETION', 'CLIENT_SESSION_TOKEN_DELETED'],
  }),
);

// The endpoint: a literal must start with https://...
expectError(named.notifications({ endpoint: 'http://example.com/hooks' }));
expectError(named.notifications({ endpoint: 'example.com/hooks' }));
expectError(named.notifications({ endpoint: 'ftp://example.com/hooks' }));
expectType<'notifications endpoint must start with https://: Yoti only sends webhooks over HTTPS'>(
  {} as MessageOf<NotificationsOptions<'http://example.com/hooks'>['endpoint']>,
);
named.notifications({ endpoint: 'https://example.com/hooks' });
named.notifications({ endpoint: 'HTTPS://example.com/hooks' });
// ...and one the compiler cannot see is checked at run time.
declare const endpointFromEnv: string;
named.notifications({ endpoint: endpointFromEnv });
// The endpoint is required.
expectError(named.notifications({ topics: ['SESSION_COMPLETION'] }));

// An auth type needs an auth token where the compiler can see there is none.
expectError(named.notifications({ endpoint: 'https://example.com/hooks', authType: 'BEARER' }));
expectError(named.notifications({ endpoint: 'https://example.com/hooks', authType: 'BASIC', topics: ['SESSION_COMPLETION'] }));
expectType<'notifications.auth_type needs an auth_token to send: add authToken or remove authType'>(
  {} as MessageOf<NonNullable<NotificationsOptions<'https://example.com/hooks', 'BEARER', undefined>['authType']>>,
);
named.notifications({ endpoint: 'https://example.com/hooks', authType: 'BASIC', authToken: 'user:password' });
// A token alone compiles (an advisory suggests adding its type); a token that may be missing is checked at run time.
named.notifications({ endpoint: 'https://example.com/hooks', authToken: 'token' });
declare const tokenFromEnv: string | undefined;
named.notifications({ endpoint: 'https://example.com/hooks', authType: 'BEARER', authToken: tokenFromEnv });

// Known values only.
expectError(named.notifications({ endpoint: 'https://example.com/hooks', authType: 'DIGEST', authToken: 'token' }));
// Lower case as Yoti's face search and face check pages write it; a mixed case is not a known spelling.
named.notifications({ endpoint: 'https://example.com/hooks', topics: ['session_completion', 'CHECK_COMPLETION'] });
expectError(named.notifications({ endpoint: 'https://example.com/hooks', topics: ['Session_Completion'] }));
expectError(named.notifications({ topics: ['SESSION_COMPLETION'] }));
expectError(named.notifications({ endpoint: 'https://example.com/hooks', topics: ['EVERYTHING'] }));
expectError(named.notifications({ endpoint: 'https://example.com/hooks', authKey: 'token' }));
