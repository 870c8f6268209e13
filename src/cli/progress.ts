/**
 * A progress bar on standard error, shown only when it is a terminal (so
 * that pipes and CI logs stay clean). Counts bytes read and documents done.
 *
 * @example
 *   const bar = progress(totalBytes);
 *   bar.tick(bytes); … bar.stop();
 */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(bytes: number, docs?: number): void;
  stop(): void;
}

const SILENT: Progress = { tick() {}, stop() {} };

export function progress(totalBytes: number, enabled = process.stderr.isTTY === true): Progress {
  if (!enabled || totalBytes <= 0) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'sitrep {bar} {percentage}% | {docs} documents | {mb}/{totalMb} MB | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const mb = (b: number) => (b / 1e6).toFixed(1);
  let bytes = 0;
  let docs = 0;
  bar.start(totalBytes, 0, { docs, mb: mb(0), totalMb: mb(totalBytes) });
  return {
    tick(b, d = 1) {
      bytes += b;
      docs += d;
      bar.update(Math.min(bytes, totalBytes), { docs, mb: mb(bytes) });
    },
    stop() {
      bar.stop();
    },
  };
}
