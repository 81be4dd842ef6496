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

/** A select's options for the levels given (a hazard's, as the plan grades it): "Ⅱ级(橙色)". */
export function levelOptions(terms: TermsBody | undefined, levels: readonly string[]) {
  return levels.map((level) => {
    const entry = levelOf(terms, level);
    return { value: level, label: entry ? `${entry.zh}(${entry.colorZh})` : level };
  });
}

/** A select's options for the city's divisions. */
export function divisionOptions(terms: TermsBody | undefined) {
  return (terms?.divisions ?? []).map((division) => ({ value: division.code, label: division.name }));
}
