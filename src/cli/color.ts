// Whether to colour a stream, decided per stream, as Node's own util decides it
// (lib/internal/util/colors.js `shouldColorize`, lib/internal/tty.js `getColorDepth`):
// - FORCE_COLOR set: it decides alone, for pipes and files too: '', '1', 'true', '2' and '3' mean
//   colour, anything else (e.g. '0', 'false') means none. It wins over NO_COLOR, as in Node.
// - NO_COLOR present and not empty: no colour (https://no-color.org; an empty NO_COLOR is not
//   a request, which is where we follow no-color.org rather than Node).
// - otherwise colour only on a terminal that has colours (TERM=dumb and NODE_DISABLE_COLORS
//   turn them off through the stream's own hasColors()).

export interface ColorStream {
  isTTY?: boolean;
  /** tty.WriteStream#hasColors(count, env); absent on pipes and files. */
  hasColors?: (count?: number, env?: object) => boolean;
}

const FORCE_ON = new Set(['', '1', 'true', '2', '3']);

export function shouldColor(stream: ColorStream, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return FORCE_ON.has(force);
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  if (stream.isTTY !== true) return false;
  // hasColors reads NO_COLOR itself and would count an empty one; it has been handled above.
  const rest = Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'NO_COLOR'));
  return stream.hasColors?.(16, rest) ?? true;
}
