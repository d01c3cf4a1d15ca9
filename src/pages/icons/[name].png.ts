// The app icons, drawn from public/favicon.svg at build time, so replacing the favicon replaces them too.
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import favicon from '../../../public/favicon.svg?raw';
import { ICONS, iconSvg, type Icon } from '../../core/manifest.ts';
import { config } from '../../data/config.ts';

export const getStaticPaths = (() =>
  ICONS.map((icon) => ({
    params: { name: icon.file.replace(/^icons\//, '').replace(/\.png$/, '') },
    props: { icon },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: Icon }> = async ({ props }) => {
  const svg = iconSvg(favicon, props.icon, config.brandColour);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
