/**
 * Runs async jobs one at a time per key (e.g. per story id), so that two saves
 * of the same story cannot both pass the conflict check and race to write.
 */
export class SerializeByKey {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    // Run after the previous job settles, whatever its outcome; its caller handles its error.
    const result = previous.then(job, job);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
