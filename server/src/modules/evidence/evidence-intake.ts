import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { fromFile } from 'file-type';
import sharp from 'sharp';
import { EvidenceKind } from './evidence.entity';

const run = promisify(execFile);

/** What the contract allows, by sniffed content type: images, video, audio, PDF, office documents, plain text. */
const ALLOWED: Record<string, EvidenceKind> = {
  'image/jpeg': EvidenceKind.IMAGE,
  'image/png': EvidenceKind.IMAGE,
  'image/gif': EvidenceKind.IMAGE,
  'image/webp': EvidenceKind.IMAGE,
  'image/tiff': EvidenceKind.IMAGE,
  'image/heic': EvidenceKind.IMAGE,
  'image/heif': EvidenceKind.IMAGE,
  'image/avif': EvidenceKind.IMAGE,
  'video/mp4': EvidenceKind.VIDEO,
  'video/quicktime': EvidenceKind.VIDEO,
  'video/webm': EvidenceKind.VIDEO,
  'video/x-matroska': EvidenceKind.VIDEO,
  'video/3gpp': EvidenceKind.VIDEO,
  'video/x-msvideo': EvidenceKind.VIDEO,
  'audio/mpeg': EvidenceKind.AUDIO,
  'audio/ogg': EvidenceKind.AUDIO,
  'audio/opus': EvidenceKind.AUDIO,
  'audio/wav': EvidenceKind.AUDIO,
  'audio/vnd.wave': EvidenceKind.AUDIO,
  'audio/x-wav': EvidenceKind.AUDIO,
  'audio/flac': EvidenceKind.AUDIO,
  'audio/x-flac': EvidenceKind.AUDIO,
  'audio/aac': EvidenceKind.AUDIO,
  'audio/x-m4a': EvidenceKind.AUDIO,
  'audio/mp4': EvidenceKind.AUDIO,
  'audio/amr': EvidenceKind.AUDIO,
  'application/pdf': EvidenceKind.PDF,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': EvidenceKind.DOCUMENT,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': EvidenceKind.DOCUMENT,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': EvidenceKind.DOCUMENT,
  'application/vnd.oasis.opendocument.text': EvidenceKind.DOCUMENT,
  'application/vnd.oasis.opendocument.spreadsheet': EvidenceKind.DOCUMENT,
  'application/vnd.oasis.opendocument.presentation': EvidenceKind.DOCUMENT,
  'application/x-cfb': EvidenceKind.DOCUMENT,
  'application/rtf': EvidenceKind.DOCUMENT,
  'text/plain': EvidenceKind.DOCUMENT,
};

/** Images sharp re-encodes without metadata, in their own format. */
const REENCODABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/tiff', 'image/avif']);

/** Plain text: no NUL byte and valid UTF-8 in the first 64 KiB (a cut multi-byte character at the end aside). */
async function looksLikeText(file: string): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    if (bytesRead === 0) return false;
    const head = buf.subarray(0, bytesRead);
    if (head.includes(0)) return false;
    const decoded = new TextDecoder('utf-8', { fatal: false }).decode(head);
    return !decoded.slice(0, -2).includes('\uFFFD');
  } finally {
    await handle.close();
  }
}

export type Sniffed = { mediaType: string; kind: EvidenceKind } | null;

/** The type as the content says; null when the allow-list does not name it. */
export async function sniff(file: string): Promise<Sniffed> {
  const found = await fromFile(file);
  const mediaType = found?.mime ?? ((await looksLikeText(file)) ? 'text/plain' : null);
  if (!mediaType) return null;
  const kind = ALLOWED[mediaType];
  return kind ? { mediaType, kind } : null;
}

export interface Embedded {
  capturedAt: Date | null;
  latitude: number | null;
  longitude: number | null;
  /** A few descriptive tags (device, software, author): strings and numbers only. */
  tags: Record<string, string | number>;
}

const KEPT_TAGS = ['Make', 'Model', 'Software', 'LensModel', 'Artist', 'Author', 'Creator', 'Producer', 'CreatorTool', 'Title', 'ImageWidth', 'ImageHeight', 'Duration', 'PageCount'];

/** EXIF/XMP date "2024:03:05 14:22:01(+03:00)" as a Date; unknown zone read as UTC. */
function exifDate(v: unknown): Date | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?/.exec(v);
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? 'Z'}`);
  return Number.isNaN(d.getTime()) || m[1] === '0000' ? null : d;
}

/** Embedded metadata by Debian's exiftool (`exiftool -j -n`); nothing when it cannot read the file. */
export async function extractMetadata(file: string): Promise<Embedded> {
  const empty: Embedded = { capturedAt: null, latitude: null, longitude: null, tags: {} };
  let parsed: unknown;
  try {
    const { stdout } = await run('exiftool', ['-j', '-n', '-q', '-fast2', file], { timeout: 30_000, maxBuffer: 4 * 1024 * 1024 });
    parsed = JSON.parse(stdout);
  } catch {
    return empty;
  }
  const info = Array.isArray(parsed) && parsed[0] && typeof parsed[0] === 'object' ? (parsed[0] as Record<string, unknown>) : {};
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const lat = num(info.GPSLatitude);
  const lon = num(info.GPSLongitude);
  const tags: Record<string, string | number> = {};
  for (const tag of KEPT_TAGS) {
    const v = info[tag];
    if (typeof v === 'number' || (typeof v === 'string' && v.length <= 200)) tags[tag] = v;
  }
  return {
    capturedAt: exifDate(info.DateTimeOriginal) ?? exifDate(info.CreateDate) ?? exifDate(info.MediaCreateDate),
    latitude: lat !== null && Math.abs(lat) <= 90 ? lat : null,
    longitude: lon !== null && Math.abs(lon) <= 180 ? lon : null,
    tags,
  };
}

/** Runs a command and collects its standard output in memory (previews and sanitised PDFs only). */
function output(command: string, args: string[], limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
    const parts: Buffer[] = [];
    let n = 0;
    child.stdout.on('data', (b: Buffer) => {
      n += b.length;
      if (n > limit) child.kill();
      else parts.push(b);
    });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 && n <= limit ? resolve(Buffer.concat(parts)) : reject(new Error(`${command} failed`))));
  });
}

const SHARP_LIMIT = { limitInputPixels: 100_000_000 };

/** A JPEG preview without metadata (sharp writes none unless asked), for images and a PDF's first page. */
export async function thumbnail(file: string, mediaType: string): Promise<Buffer | null> {
  try {
    if (mediaType === 'application/pdf') {
      const png = await output('pdftoppm', ['-f', '1', '-l', '1', '-singlefile', '-png', '-scale-to', '480', file], 32 * 1024 * 1024);
      return await sharp(png).resize(320, 320, { fit: 'inside' }).jpeg({ quality: 80 }).toBuffer();
    }
    if (mediaType.startsWith('image/')) return await sharp(file, SHARP_LIMIT).rotate().resize(320, 320, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer();
  } catch {
    return null;
  }
  return null;
}

/**
 * A copy without embedded metadata: images re-encoded by sharp (pixels only, turned upright), PDFs re-drawn
 * by poppler's pdftocairo (a new file: no Info dictionary, XMP or earlier revisions of the original).
 */
export async function sanitize(file: string, mediaType: string): Promise<{ bytes: Buffer; mediaType: string } | null> {
  try {
    if (REENCODABLE.has(mediaType)) {
      const img = sharp(file, { ...SHARP_LIMIT, animated: mediaType === 'image/gif' || mediaType === 'image/webp' }).rotate();
      const out = mediaType === 'image/jpeg' ? img.jpeg({ quality: 92 }) : mediaType === 'image/png' ? img.png() : mediaType === 'image/webp' ? img.webp() : mediaType === 'image/gif' ? img.gif() : mediaType === 'image/avif' ? img.avif() : img.tiff();
      return { bytes: await out.toBuffer(), mediaType };
    }
    if (mediaType === 'application/pdf') return { bytes: await output('pdftocairo', ['-pdf', file, '-'], 512 * 1024 * 1024), mediaType };
  } catch {
    return null;
  }
  return null;
}
