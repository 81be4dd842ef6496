import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';

export type Terms = Awaited<ReturnType<typeof fetchTerms>>;
type TermsBody = Terms;
export type LevelKey = TermsBody['levels'][number]['level'];
export type HazardKey = TermsBody['hazards'][number]['key'];

function fetchTerms() {
  return call(api.GET('/api/meteo/terms'));
}

/** The plan's levels, colours, hazards, signers and divisions: the console hard-codes none of them. */
export function useTerms() {
  return useQuery({ queryKey: ['terms'], queryFn: fetchTerms, staleTime: Infinity });
}

export function levelOf(terms: TermsBody | undefined, level: string | null | undefined) {
  return terms?.levels.find((entry) => entry.level === level);
}

export function hazardOf(terms: TermsBody | undefined, hazard: string) {
  return terms?.hazards.find((entry) => entry.key === hazard);
}

/** Levels from the highest down, as the plan ranks them (its list is lowest first). */
export function rankOf(terms: TermsBody | undefined, level: string | null | undefined): number {
  return terms?.levels.findIndex((entry) => entry.level === level) ?? -1;
}
