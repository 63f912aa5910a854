/** What the facts and figures page receives, in one language. */
import type { Figure, FigureTopic, Language, Library, Source } from '../model';

export interface FigureView {
  id: string;
  topic: FigureTopic;
  label: string;
  value: number;
  unit: Figure['unit'];
  approximate: boolean;
  year: number;
  explanation: string;
  caution?: string;
  breakdown: Array<{ label: string; value: number }>;
  source: Source;
}

export function figureViews(library: Library, language: Language): FigureView[] {
  return library.figures.map((figure) => ({
    id: figure.id,
    topic: figure.topic,
    label: figure.label[language],
    value: figure.value,
    unit: figure.unit,
    approximate: figure.approximate ?? false,
    year: figure.year,
    explanation: figure.explanation[language],
    ...(figure.caution ? { caution: figure.caution[language] } : {}),
    breakdown: (figure.breakdown ?? []).map((part) => ({ label: part.label[language], value: part.value })),
    source: { ...figure.source },
  }));
}
