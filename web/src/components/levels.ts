/**
 * How the plan's colour names (levels.json: blue, yellow, orange, red) are painted: the national warning
 * colours, with a text colour that keeps contrast. The names and which level has which come from the API.
 */
const palette: Record<string, { fill: string; text: string }> = {
  blue: { fill: '#1f5fd1', text: '#ffffff' },
  yellow: { fill: '#f5c400', text: '#1f1f1f' },
  orange: { fill: '#f07800', text: '#1f1f1f' },
  red: { fill: '#d4001a', text: '#ffffff' },
};

export function paint(color: string | undefined): { fill: string; text: string } {
  return (color && palette[color]) || { fill: color ?? '#8c8c8c', text: '#ffffff' };
}

export const noWarningFill = '#e6eef5';
