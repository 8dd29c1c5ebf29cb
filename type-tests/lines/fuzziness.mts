import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Advanced screening')
  .check.watchlistAdvancedCa({
    type: 'WITH_YOTI_ACCOUNT',
    sources: { type: 'TYPE_LIST', types: ['pep'] },
    matchingStrategy: { type: 'FUZZY', fuzziness: 1.5 }, // @error: fuzziness must be a number from 0 to 1
  })
  .toJSON();
