import { describe, expect, it } from 'vitest';
import {
  acceptMatrix,
  decisionMatrixCsv,
  decisionMatrixRows,
  defaultMatrix,
  matrixWarnings,
  moveDecision,
  newDecision,
  type DecisionMatrix,
  type DecisionMatrixLabels,
} from './decision-matrix';
import { projectToolDataIn } from '../tool-data/project';

const DATA = { en: projectToolDataIn('en').decisionMatrix, es: projectToolDataIn('es').decisionMatrix };

const LABELS: DecisionMatrixLabels = {
  columns: {
    decision: 'Decision',
    decides: 'Who decides',
    consulted: 'Consulted first',
    vote: 'Vote needed',
    notes: 'Notes',
    reserved: 'Usually kept for members',
  },
  parties: {
    members: 'Members',
    board: 'Board',
    managers: 'Managers',
    committee: 'A committee',
  },
  nobody: 'Nobody',
  votes: {
    majority: 'Majority',
    'two-thirds': 'Two-thirds',
    consensus: 'Consensus',
    none: 'No vote',
  },
  yes: 'Yes',
  unnamed: '(no name)',
};

const small: DecisionMatrix = {
  title: 'Our matrix',
  date: '',
  decisions: [
    {
      id: 1,
      name: 'Change the bylaws',
      decides: 'members',
      consulted: 'board',
      vote: 'two-thirds',
      notes: 'Ask a lawyer, then vote',
      reserved: true,
    },
    {
      id: 2,
      name: 'Buy equipment over $5,000',
      decides: 'managers',
      consulted: 'none',
      vote: 'none',
      notes: 'Say "yes" in writing',
      reserved: false,
    },
  ],
};

describe('the starting list', () => {
  it('has the same decisions, in the same order and with the same assignments, in English and Spanish', () => {
    const english = defaultMatrix(DATA.en);
    const spanish = defaultMatrix(DATA.es);
    expect(english.decisions.length).toBeGreaterThanOrEqual(12);
    const shape = (matrix: DecisionMatrix) =>
      matrix.decisions.map(({ id, decides, consulted, vote, reserved, notes }) => ({
        id,
        decides,
        consulted,
        vote,
        reserved,
        hasNotes: notes !== '',
      }));
    expect(shape(spanish)).toEqual(shape(english));
    english.decisions.forEach((decision, index) => {
      expect(decision.name).not.toBe('');
      expect(spanish.decisions[index]!.name).not.toBe(decision.name);
    });
    expect(new Set(english.decisions.map((decision) => decision.id)).size).toBe(english.decisions.length);
  });

  it('starts with no title and no date, and with every decision valid for a shared link', () => {
    for (const language of ['en', 'es'] as const) {
      const matrix = defaultMatrix(DATA[language]);
      expect(matrix.title).toBe('');
      expect(matrix.date).toBe('');
      expect(acceptMatrix(JSON.parse(JSON.stringify(matrix)))).toEqual(matrix);
    }
  });

  it('marks electing the board, changing the bylaws and articles, selling and dissolving as kept for the members', () => {
    const reserved = defaultMatrix(DATA.en)
      .decisions.filter((decision) => decision.reserved)
      .map((decision) => decision.name);
    expect(reserved).toEqual([
      'Change the articles of incorporation',
      'Change the bylaws',
      'Elect the board of directors',
      'Sell the business or merge with another',
      'Close the co-op (dissolve it)',
    ]);
    expect(
      defaultMatrix(DATA.en)
        .decisions.filter((decision) => decision.reserved)
        .every((decision) => decision.decides === 'members'),
    ).toBe(true);
  });
});

describe('matrixWarnings', () => {
  it('gives no caution for the starting list', () => {
    expect(matrixWarnings(defaultMatrix(DATA.en))).toEqual([]);
    expect(matrixWarnings(defaultMatrix(DATA.es))).toEqual([]);
  });

  it('cautions exactly when a decision kept for the members is given to someone else', () => {
    const matrix = defaultMatrix(DATA.en);
    const bylaws = matrix.decisions.find((decision) => decision.name === 'Change the bylaws')!;
    const budget = matrix.decisions.find((decision) => decision.name === 'Approve the yearly budget')!;
    for (const decides of ['board', 'managers', 'committee'] as const) {
      const changed = {
        ...matrix,
        decisions: matrix.decisions.map((decision) => (decision.id === bylaws.id || decision.id === budget.id ? { ...decision, decides } : decision)),
      };
      expect(matrixWarnings(changed)).toEqual([{ id: bylaws.id, name: 'Change the bylaws', decides }]);
    }
    const backToMembers = {
      ...matrix,
      decisions: matrix.decisions.map((decision) => ({
        ...decision,
        decides: 'members' as const,
      })),
    };
    expect(matrixWarnings(backToMembers)).toEqual([]);
  });

  it('follows the mark, not the name, so a renamed decision keeps its caution', () => {
    const matrix: DecisionMatrix = {
      ...small,
      decisions: [{ ...small.decisions[0]!, name: 'Rewrite the rules', decides: 'board' }, small.decisions[1]!],
    };
    expect(matrixWarnings(matrix)).toEqual([{ id: 1, name: 'Rewrite the rules', decides: 'board' }]);
  });
});

describe('editing', () => {
  it('adds a decision with a new id and moves rows within the ends', () => {
    const added = newDecision(small);
    expect(added).toEqual({
      id: 3,
      name: '',
      decides: 'members',
      consulted: 'none',
      vote: 'majority',
      notes: '',
      reserved: false,
    });
    const moved = moveDecision(small, 2, -1);
    expect(moved.decisions.map((decision) => decision.id)).toEqual([2, 1]);
    expect(moveDecision(small, 1, -1)).toBe(small);
    expect(moveDecision(small, 2, 1)).toBe(small);
  });
});

describe('the downloads', () => {
  it('gives the table rows with a header, in the order of the matrix', () => {
    expect(decisionMatrixRows(small, LABELS)).toEqual([
      ['Decision', 'Who decides', 'Consulted first', 'Vote needed', 'Notes', 'Usually kept for members'],
      ['Change the bylaws', 'Members', 'Board', 'Two-thirds', 'Ask a lawyer, then vote', 'Yes'],
      ['Buy equipment over $5,000', 'Managers', 'Nobody', 'No vote', 'Say "yes" in writing', ''],
    ]);
  });

  it('writes the CSV with a byte-order mark, CRLF line ends and quotes only where needed', () => {
    expect(decisionMatrixCsv(small, LABELS)).toBe(
      '\uFEFFDecision,Who decides,Consulted first,Vote needed,Notes,Usually kept for members\r\n' +
        'Change the bylaws,Members,Board,Two-thirds,"Ask a lawyer, then vote",Yes\r\n' +
        '"Buy equipment over $5,000",Managers,Nobody,No vote,"Say ""yes"" in writing",\r\n',
    );
  });

  it('names a decision left blank, and trims spaces', () => {
    const matrix: DecisionMatrix = {
      ...small,
      decisions: [{ ...small.decisions[1]!, name: '   ', notes: ' note ' }],
    };
    expect(decisionMatrixRows(matrix, LABELS)[1]!.slice(0, 1)).toEqual(['(no name)']);
    expect(decisionMatrixRows(matrix, LABELS)[1]![4]).toBe('note');
  });
});

describe('acceptMatrix', () => {
  const valid = () => JSON.parse(JSON.stringify({ ...small, date: '2025-03-01' }));

  it('accepts a sound matrix and drops unknown fields', () => {
    expect(acceptMatrix({ ...valid(), extra: 1 })).toEqual({
      ...small,
      date: '2025-03-01',
    });
    expect(acceptMatrix({ ...valid(), decisions: [] })).toEqual({
      ...small,
      date: '2025-03-01',
      decisions: [],
    });
  });

  it.each([
    ['not an object', 'matrix'],
    ['null', null],
    ['an array', []],
    ['no decisions', { title: '', date: '' }],
    ['a bad date', { ...small, date: '2025-13-01' }],
    ['a date in words', { ...small, date: 'March 1' }],
    ['a title too long', { ...small, title: 'x'.repeat(121) }],
    ['an unknown party', { ...small, decisions: [{ ...small.decisions[0], decides: 'owner' }] }],
    ['an unknown vote', { ...small, decisions: [{ ...small.decisions[0], vote: 'unanimous' }] }],
    ['an unknown consulted group', { ...small, decisions: [{ ...small.decisions[0], consulted: 'lawyer' }] }],
    ['a missing name', { ...small, decisions: [{ ...small.decisions[0], name: undefined }] }],
    ['a name that is not text', { ...small, decisions: [{ ...small.decisions[0], name: 7 }] }],
    [
      'notes too long',
      {
        ...small,
        decisions: [{ ...small.decisions[0], notes: 'x'.repeat(501) }],
      },
    ],
    ['a reserved mark that is not true or false', { ...small, decisions: [{ ...small.decisions[0], reserved: 'yes' }] }],
    [
      'a repeated id',
      {
        ...small,
        decisions: [small.decisions[0], { ...small.decisions[1], id: 1 }],
      },
    ],
    ['an id that is not a whole number', { ...small, decisions: [{ ...small.decisions[0], id: 1.5 }] }],
    [
      'too many decisions',
      {
        ...small,
        decisions: Array.from({ length: 61 }, (_, index) => ({
          ...small.decisions[1],
          id: index + 1,
        })),
      },
    ],
  ])('rejects %s', (_, raw) => {
    expect(acceptMatrix(raw)).toBeUndefined();
  });
});
