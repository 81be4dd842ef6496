import { api, call } from '../../api/client';
import type { StepKey } from './ledger-model';

export interface EvidenceFile {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

export interface StepBody {
  lead?: string[];
  partners?: string[];
  text?: string;
  files?: EvidenceFile[];
  reason?: string;
}

/** A file as the report route takes it (base64 in the JSON body). */
export async function evidenceOf(file: File): Promise<EvidenceFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, mediaType: file.type || 'application/octet-stream', contentBase64: btoa(binary) };
}

/** Takes one step of the chain through its route; the answer is the task as it now stands. */
export function takeStep(step: StepKey, id: string, body: StepBody) {
  const path = { params: { path: { id } } };
  switch (step) {
    case 'setUp':
      return call(
        api.POST('/api/ledger/tasks/{id}/set-up', {
          ...path,
          body: { lead: body.lead ?? [], partners: body.partners ?? [] },
        }),
      );
    case 'assign':
      return call(api.POST('/api/ledger/tasks/{id}/assign', { ...path, body: {} }));
    case 'sign':
      return call(api.POST('/api/ledger/tasks/{id}/sign', { ...path, body: {} }));
    case 'progress':
      return call(
        api.POST('/api/ledger/tasks/{id}/progress', {
          ...path,
          body: { text: body.text ?? '', files: body.files ?? [] },
        }),
      );
    case 'feedback':
      return call(
        api.POST('/api/ledger/tasks/{id}/feedback', {
          ...path,
          body: { text: body.text ?? '', files: body.files ?? [] },
        }),
      );
    case 'accept':
      return call(api.POST('/api/ledger/tasks/{id}/review', { ...path, body: { decision: 'accept' } }));
    case 'return':
      return call(
        api.POST('/api/ledger/tasks/{id}/review', { ...path, body: { decision: 'return', reason: body.reason ?? '' } }),
      );
    case 'close':
      return call(api.POST('/api/ledger/tasks/{id}/close', { ...path, body: {} }));
  }
}
