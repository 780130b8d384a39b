import { describe, expect, it } from 'vitest';
import { loginPathFor, nextPathFrom } from './next-path';

describe('loginPathFor', () => {
  it('carries the path and query as ?next=', () => {
    expect(loginPathFor('/households?page=2')).toBe('/login?next=%2Fhouseholds%3Fpage%3D2');
  });

  it('leaves out the home page', () => {
    expect(loginPathFor('/')).toBe('/login');
  });
});

describe('nextPathFrom', () => {
  it('returns a same-site path', () => {
    expect(nextPathFrom('?next=%2Fhouseholds%3Fpage%3D2')).toBe('/households?page=2');
  });

  it.each([
    ['', 'no next'],
    ['?next=', 'an empty next'],
    ['?next=https%3A%2F%2Fevil.example', 'an absolute URL'],
    ['?next=%2F%2Fevil.example', 'a protocol-relative URL'],
    ['?next=%2F%5Cevil.example', 'a backslash trick'],
    ['?next=households', 'a relative path'],
    ['?next=%2Flogin%3Fnext%3D%252F', 'the login page itself'],
  ])('goes home for %s (%s)', (search) => {
    expect(nextPathFrom(search)).toBe('/');
  });
});
