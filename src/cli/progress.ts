import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  update(value: number): void;
  stop(): void;
}

const QUIET: Progress = { update() {}, stop() {} };

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, tests). */
export function startProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 0) return QUIET;
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total}`, stream, hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update: (value) => bar.update(Math.min(value, total)),
    stop: () => bar.stop(),
  };
}
