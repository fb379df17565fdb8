import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { waitUntil } from './wait-until';

/** Any client with a base URL and a session cookie (TestClient, the security tests' RecordingClient). */
export interface Uploader {
  baseUrl: string;
  cookie: string | null;
}
type TestClient = Uploader;

const run = promisify(execFile);

export const EVIDENCE_FIELDS = `id fileName mediaType kind size sha256 uploadedAt description containsPersonalData capturedAt latitude longitude
  downloadUrl sanitizedUrl thumbnailUrl verifiedAt uploadedBy { id } case { id } event { id }
  custody { at action sha256Matched organisation { id } user { id } }`;
export const ATTACH = `mutation ($uploadId: ID!, $caseId: ID!, $eventId: ID, $description: String, $containsPersonalData: Boolean) {
  attachEvidence(uploadId: $uploadId, caseId: $caseId, eventId: $eventId, description: $description, containsPersonalData: $containsPersonalData) { ${EVIDENCE_FIELDS} } }`;
export const EVIDENCE = `query ($id: ID!) { evidenceFile(id: $id) { ${EVIDENCE_FIELDS} } }`;
export const CASE_EVIDENCE = `query ($id: ID!) { case(id: $id) { evidence { ${EVIDENCE_FIELDS} } events { id evidence { id } } } }`;
export const VERIFY = `mutation ($id: ID!) { verifyEvidence(id: $id) { id verifiedAt custody { action sha256Matched } } }`;
export const REMOVE = `mutation ($id: ID!, $reason: String!) { removeEvidence(id: $id, reason: $reason) }`;

export interface EvidenceShape {
  id: string;
  fileName: string;
  mediaType: string;
  kind: string;
  size: number;
  sha256: string;
  containsPersonalData: boolean;
  capturedAt: string | null;
  latitude: number | null;
  longitude: number | null;
  downloadUrl: string | null;
  sanitizedUrl: string | null;
  thumbnailUrl: string | null;
  verifiedAt: string | null;
  uploadedBy: { id: string } | null;
  custody: { at: string; action: string; sha256Matched: boolean | null; organisation: { id: string } | null; user: { id: string } | null }[];
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const tusHeaders = (client: TestClient): Record<string, string> => ({ 'Tus-Resumable': '1.0.0', ...(client.cookie ? { cookie: client.cookie } : {}) });

/** tus creation: the upload's id, or the refusal's status. */
export async function tusCreate(client: TestClient, caseId: string, fileName: string, size: number): Promise<{ status: number; id: string | null }> {
  const res = await fetch(`${client.baseUrl}/uploads`, {
    method: 'POST',
    headers: { ...tusHeaders(client), 'Upload-Length': String(size), 'Upload-Metadata': `filename ${b64(fileName)},caseId ${b64(caseId)}` },
  });
  await res.arrayBuffer();
  const location = res.headers.get('location');
  return { status: res.status, id: location ? location.split('/').pop()! : null };
}

export async function tusPatch(client: TestClient, id: string, offset: number, bytes: Buffer): Promise<Response> {
  const res = await fetch(`${client.baseUrl}/uploads/${id}`, {
    method: 'PATCH',
    headers: { ...tusHeaders(client), 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
    body: new Uint8Array(bytes),
  });
  await res.arrayBuffer();
  return res;
}

export async function tusOffset(client: TestClient, id: string): Promise<{ status: number; offset: number }> {
  const res = await fetch(`${client.baseUrl}/uploads/${id}`, { method: 'HEAD', headers: tusHeaders(client) });
  return { status: res.status, offset: Number(res.headers.get('upload-offset') ?? -1) };
}

/**
 * A PATCH whose connection is cut after `sent` of its bytes (a dropped mobile link). The cut comes once the
 * server has put some of them in `file` (the upload on disk): a cut before any byte arrived would be no cut.
 */
export async function tusPatchCut(client: TestClient, id: string, offset: number, bytes: Buffer, sent: number, file: string): Promise<void> {
  const u = new URL(`${client.baseUrl}/uploads/${id}`);
  const req = http.request({
    host: u.hostname, port: u.port, path: u.pathname, method: 'PATCH',
    headers: { ...tusHeaders(client), 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream', 'Content-Length': String(bytes.length) },
  });
  const closed = new Promise<void>((resolve) => {
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.on('response', (r) => { r.resume(); resolve(); });
  });
  req.write(bytes.subarray(0, sent));
  await waitUntil('the server stored part of the cut request', () => fs.statSync(file).size > offset, { timeoutMs: 60_000 });
  req.destroy();
  await closed;
}

export async function uploadBytes(client: TestClient, caseId: string, fileName: string, bytes: Buffer): Promise<string> {
  const { status, id } = await tusCreate(client, caseId, fileName, bytes.length);
  if (status !== 201 || !id) throw new Error(`tus creation answered ${status}`);
  const res = await tusPatch(client, id, 0, bytes);
  if (res.status !== 204) throw new Error(`tus PATCH answered ${res.status}`);
  return id;
}

export const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

/** A generated photo with a GPS position, capture time and camera in its EXIF (sharp, then Debian's exiftool). */
export async function jpegWithGps(seed = 1, where: { latitude: number; longitude: number; capturedAt: string } = { latitude: 59.93863, longitude: 30.31413, capturedAt: '2024:03:05 14:22:01' }): Promise<Buffer> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'coalition-evidence-'));
  const file = path.join(dir, 'photo.jpg');
  await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: (seed * 37) % 256, g: 120, b: 200 } } })
    .composite([{ input: Buffer.from(`<svg width="640" height="480"><circle cx="${100 + seed}" cy="200" r="80" fill="orange"/></svg>`), top: 0, left: 0 }])
    .jpeg()
    .toFile(file);
  await run('exiftool', ['-q', '-overwrite_original', `-GPSLatitude=${where.latitude}`, '-GPSLatitudeRef=N', `-GPSLongitude=${where.longitude}`, '-GPSLongitudeRef=E',
    `-DateTimeOriginal=${where.capturedAt}`, '-Make=TestCam', '-Model=Evidence One', file]);
  const bytes = await fs.promises.readFile(file);
  await fs.promises.rm(dir, { recursive: true, force: true });
  return bytes;
}

/** What exiftool reads in the given bytes. */
export async function exifOf(bytes: Buffer): Promise<Record<string, unknown>> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'coalition-evidence-'));
  const file = path.join(dir, 'x');
  await fs.promises.writeFile(file, bytes);
  const { stdout } = await run('exiftool', ['-j', '-n', '-q', file]);
  await fs.promises.rm(dir, { recursive: true, force: true });
  return (JSON.parse(stdout) as Record<string, unknown>[])[0];
}
