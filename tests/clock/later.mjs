// The unit suite once more, with the clock 3 years ahead: a test that judges time against a fixed date, or mints a
// token today and reads it back tomorrow, fails here long before it would fail in CI next week.
// Debian's faketime shifts the whole process (installed by .ci/run); without it, Date alone is shifted.
import { spawnSync } from 'node:child_process';

const shift = '+3y';
const vitest = ['vitest', 'run', '--silent=passed-only'];
const hasFaketime = spawnSync('faketime', ['-f', shift, 'true']).status === 0;
if (!hasFaketime) {
  process.stderr.write(
    'faketime not found (apt-get install faketime): shifting Date only, with a Vitest setup file.\n',
  );
}
const run = hasFaketime
  ? spawnSync('faketime', ['-f', shift, 'npx', ...vitest], { stdio: 'inherit' })
  : spawnSync('npx', vitest, { stdio: 'inherit', env: { ...process.env, SHIFT_CLOCK: shift } });
process.exit(run.status ?? 1);
