import { refusalStatus } from '../../src/server/messages-route';

/** An error as botbuilder or jsonwebtoken throws it. */
function error(name: string, statusCode?: number): Error {
  return Object.assign(new Error('x'), { name }, statusCode === undefined ? {} : { statusCode });
}

describe('refusalStatus: which adapter errors are the caller\'s fault', () => {
  test.each([
    ['no or bad token (AuthenticationError 401)', error('Error', 401), 401],
    ['token for another bot (403)', error('Error', 403), 403],
    ['missing auth header (400)', error('Error', 400), 400],
    ['signature does not verify', error('JsonWebTokenError'), 401],
    ['token not yet valid', error('NotBeforeError'), 401],
    ['token expired', error('TokenExpiredError'), 401],
    ['signing keys could not be fetched (AuthenticationError 500)', error('Error', 500), undefined],
    ['any other error', new TypeError('boom'), undefined],
    ['a thrown string', 'boom', undefined],
    ['null', null, undefined],
  ])('%s', (_label, err, expected) => {
    expect(refusalStatus(err)).toBe(expected);
  });
});
