import { describe, expect, it } from 'vitest';
import { API_METHODS } from '@shared/api/contract.ts';
import { API_METHOD_NAMES } from './apiMethodNames.ts';

describe('API_METHOD_NAMES', () => {
  it('lists exactly the methods of the contract', () => {
    expect([...API_METHOD_NAMES].sort()).toEqual([...API_METHODS].sort());
  });
});
