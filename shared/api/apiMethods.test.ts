import { describe, expect, it } from 'vitest';
import { API_METHODS } from './apiMethods.ts';
import { apiInputs } from './contract.ts';

describe('API_METHODS', () => {
  it('lists exactly the methods the contract has schemas for', () => {
    expect([...API_METHODS].sort()).toEqual(Object.keys(apiInputs).sort());
  });
});
