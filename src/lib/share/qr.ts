import QRCode from 'qrcode';

/**
 * A QR code for a URL as inline SVG markup, generated at build time (no image files, no script).
 * Error correction M keeps it readable when printed small or photographed off a screen.
 */
export async function qrSvg(url: string, label = '二维码'): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `);
}
