/**
 * A project has the fields the ledger reader fills, and no other: a schema field nothing sets (regionOfficial, whose
 * official name regionNamer works out from region at each use) was read by X004's naming as if it might hold something.
 */
import { PROJECT_KEYS } from '../../src/model/projectKeys';
import { projectSchema } from '../../src/model/records';

test('projectSchema\'s fields are the row and the keys the ledger reader fills (PROJECT_KEYS)', () => {
  expect(Object.keys(projectSchema().shape).sort()).toEqual(['row', ...PROJECT_KEYS].sort());
});
