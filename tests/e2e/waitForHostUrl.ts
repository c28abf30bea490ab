import type { ChildProcess } from 'node:child_process';

/**
 * Resolves with the `http://127.0.0.1:PORT/?token=…` address a host process prints once it
 * listens; rejects with its output if it exits first or prints nothing within `timeoutMs`.
 */
export function waitForHostUrl(child: ChildProcess, name: string, timeoutMs: number): Promise<string> {
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ${name} did not start in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${name} exited with ${String(code)}:\n${output}`));
    });
  });
}

/** Stops a host process with SIGTERM; resolves once it has exited (at once if it already has). */
export function stopHostProcess(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
