/** The DatamedError a promise rejects with (the test fails if it resolves or throws another thing). */
import { expect } from '@open-wc/testing';
import { DatamedError } from '../../src/data/errors.js';

export async function failure(promise: Promise<unknown>): Promise<DatamedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DatamedError);
    return error as DatamedError;
  }
  throw new Error('expected a failure');
}
