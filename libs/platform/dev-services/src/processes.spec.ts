import { spawn } from 'node:child_process';
import { isAlive, OutputTail, processCwd, terminate, waitFor } from './processes';

describe('isAlive', () => {
  it('tells running processes from gone ones and zombies', async () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(0)).toBe(false);
    expect(isAlive(NaN)).toBe(false);
    // `sleep 0` ends at once; its parent becomes `sleep 2` (exec), which never reaps it: a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 2'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const zombie = await new Promise<number>((resolve) =>
      parent.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (process.platform === 'linux') {
        expect(() => process.kill(zombie, 0)).not.toThrow(); // the pid still exists...
        expect(isAlive(zombie)).toBe(false); // ...but nothing runs
      }
      expect(isAlive(parent.pid as number)).toBe(true);
      expect(await terminate(parent.pid as number, [['SIGTERM', 2_000]])).toBe(true);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('reads the working directory of a process where the OS tells it', () => {
    if (process.platform === 'linux') expect(processCwd(process.pid)).toBe(process.cwd());
    expect(processCwd(0)).toBeUndefined();
  });
});

describe('waitFor', () => {
  it('polls until there is a value, or throws the timeout error', async () => {
    let calls = 0;
    expect(
      await waitFor(
        () => (++calls === 3 ? 'done' : undefined),
        1_000,
        () => new Error('late'),
        5,
      ),
    ).toBe('done');
    await expect(
      waitFor(
        () => undefined,
        30,
        () => new Error('late'),
        5,
      ),
    ).rejects.toThrow('late');
  });
});

describe('OutputTail', () => {
  it('keeps the last lines, split across chunks, with secrets masked', () => {
    const seen: string[] = [];
    const tail = new OutputTail(
      () => ['s3cret'],
      (line) => seen.push(line),
      2,
    );
    tail.push('one\ntw');
    tail.push('o s3cret\r\nthree\n\nfour');
    expect(seen).toEqual(['one', 'two ***', 'three']);
    expect(tail.text()).toBe('two ***\nthree\nfour');
  });
});
