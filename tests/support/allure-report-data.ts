/**
 * Reads the data files that a single-file Allure report embeds. Allure 3.18 writes each one as a
 * call `d("<name>","<base64 JSON>")` in the page.
 * NOTE: this is the layout of the awesome plugin in Allure 3.18, not a documented format. A newer
 * Allure may embed the data differently, and then this helper finds nothing.
 */
export function readEmbeddedData(html: string, name: string): unknown {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`d\\("${escaped}","([A-Za-z0-9+/=]+)"\\)`).exec(html);
  if (!match?.[1]) return undefined;
  return JSON.parse(Buffer.from(match[1], 'base64').toString('utf8')) as unknown;
}

/** Returns the points of the "status dynamics" chart: one per run in the history plus the current one. */
export function statusDynamicsPoints(html: string): unknown[] {
  const charts = readEmbeddedData(html, 'widgets/charts.json') as { general?: Record<string, { type?: string; data?: unknown }> } | undefined;
  const chart = Object.values(charts?.general ?? {}).find((widget) => widget.type === 'statusDynamics');
  return Array.isArray(chart?.data) ? chart.data : [];
}
