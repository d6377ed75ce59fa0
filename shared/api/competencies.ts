// Competency grids, proximity and bridges between occupations, people's assessments and the
// territory's training needs (issue 10, DOMAIN.md workflow 3). Occupations and structures are
// named by their ids here; the occupation's `key` comes with it for the links from the CDD screens.
import { z } from 'zod';
import { competencyKinds } from '../domain/competencies/rome-starter';
import { defineCall } from './define';

const id = z.number().int().positive();
const level = z.number().int().min(0).max(6);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Indiquez une date au format AAAA-MM-JJ.');

export const levelDefinitionSchema = z.object({
  level: z.number().int().min(1).max(6),
  label: z.string().trim().min(1, 'Chaque niveau a un nom.').max(60),
  descriptor: z.string().trim().max(300),
});

export const competencySchema = z.object({
  id,
  label: z.string(),
  kind: z.enum(competencyKinds),
  enjeu: z.string(),
  codeOgr: z.string().nullable(),
  description: z.string(),
});
export type Competency = z.infer<typeof competencySchema>;

export const wearSchema = z.object({
  physical: z.number().int().min(0).max(3),
  night: z.number().int().min(0).max(3),
  isolation: z.number().int().min(0).max(3),
  emotional: z.number().int().min(0).max(3),
});

export const requirementSchema = z.object({ competencyId: id, level: z.number().int().min(1).max(6), isCore: z.boolean() });

export const gridOverviewSchema = z.object({
  occupationId: id,
  key: z.string(),
  label: z.string(),
  romeCode: z.string().nullable(),
  /** ROME's emploi_reglemente: a bridge towards it needs its diploma, a pooled position never mixes it. */
  isRegulated: z.boolean(),
  wear: wearSchema,
  wearScore: z.number(),
  referenceGridId: id.nullable(),
  requirementCount: z.number().int(),
  employerGrids: z.array(z.object({ gridId: id, structureId: id, structureName: z.string() })),
});
export type GridOverview = z.infer<typeof gridOverviewSchema>;

export const gridSchema = z.object({
  gridId: id,
  occupationId: id,
  occupationLabel: z.string(),
  structureId: id.nullable(),
  structureName: z.string().nullable(),
  requirements: z.array(requirementSchema),
});
export type Grid = z.infer<typeof gridSchema>;

export const gapSchema = z.object({ competencyId: id, label: z.string(), required: z.number(), held: z.number(), isCore: z.boolean() });
export type GapLine = z.infer<typeof gapSchema>;

/** The file's trainings that would close the gaps (greedy, most gaps per hour first); empty when no training develops them. */
const trainingCoverSchema = z.object({
  trainings: z.array(z.object({ id, title: z.string(), hours: z.number(), closes: z.array(id) })),
  hours: z.number(),
  uncovered: z.array(id),
});

/** One side of the two-employer view or a pooled position: an occupation, at one employer (its own grid) or in general (reference). */
const jobSchema = z.object({ occupationId: id, structureId: id.nullable() });
export type JobInput = z.infer<typeof jobSchema>;

const personTargetSchema = z.object({ occupationId: id, occupationLabel: z.string(), structureId: id.nullable(), structureName: z.string().nullable(), score: z.number() });

export const competencyCalls = {
  /** The file's level scale and every competency (the starter set is loaded on first call). */
  'competencies.list': defineCall(z.void(), z.object({ levels: z.array(levelDefinitionSchema), competencies: z.array(competencySchema) })),
  'competencies.create': defineCall(
    z.object({
      label: z.string().trim().min(2, 'Indiquez l’intitulé de la compétence (2 caractères au moins).').max(300),
      kind: z.enum(competencyKinds),
      description: z.string().trim().max(2000).default(''),
    }),
    competencySchema,
  ),
  /** Replaces the scale (1 to 6 levels numbered from 1); refused when a grid or an assessment uses a level that would disappear. */
  'competencies.updateLevels': defineCall(z.object({ levels: z.array(levelDefinitionSchema).min(2, 'Gardez au moins deux niveaux.').max(6) }), z.array(levelDefinitionSchema)),

  'grids.overview': defineCall(z.void(), z.object({ occupations: z.array(gridOverviewSchema), structures: z.array(z.object({ id, name: z.string() })) })),
  'grids.get': defineCall(z.object({ gridId: id }), gridSchema),
  /** Level 0 removes the competency from the grid (« non concerné »). */
  'grids.setRequirement': defineCall(z.object({ gridId: id, competencyId: id, level, isCore: z.boolean().optional() }), gridSchema),
  /** An employer's own version of an occupation's grid, starting as a copy of the reference grid. */
  'grids.createForEmployer': defineCall(z.object({ occupationId: id, structureId: id }), gridSchema),
  /** Replaces a grid's content with another grid's (another occupation or employer), in one transaction. */
  'grids.copyFrom': defineCall(z.object({ gridId: id, sourceGridId: id }), gridSchema),
  'grids.deleteEmployerGrid': defineCall(z.object({ gridId: id }), z.void()),
  /** Writes the grids of one structure (or the reference grids) to an .xlsx for the employer to fill: one sheet per occupation. */
  'grids.exportWorkbook': defineCall(z.object({ structureId: id.nullable() }), z.object({ fileName: z.string(), sheets: z.number().int() })),
  /** Reads a returned grids workbook chosen in a dialog and checks every cell; nothing is written. */
  'grids.readWorkbook': defineCall(
    z.void(),
    z.object({
      importId: z.string(),
      fileName: z.string(),
      structureName: z.string().nullable(),
      sheets: z.number().int(),
      changes: z.array(z.object({ occupationLabel: z.string(), label: z.string(), level })),
      refusals: z.array(z.object({ sheet: z.string(), row: z.number().int(), column: z.string(), message: z.string() })),
    }),
  ),
  /** Commits a read workbook in one transaction; refused (nothing changed) while it has refused cells. */
  'grids.commitWorkbook': defineCall(z.object({ importId: z.string().min(1) }), z.object({ changed: z.number().int() })),
  'grids.setWear': defineCall(z.object({ occupationId: id, wear: wearSchema }), gridOverviewSchema),
  /** The employers' grids of one occupation side by side, with the level most of them ask for. */
  'grids.territory': defineCall(
    z.object({ occupationId: id }),
    z.object({
      structures: z.array(z.object({ id, name: z.string() })),
      lines: z.array(z.object({ competencyId: id, label: z.string(), kind: z.enum(competencyKinds), reference: level, levels: z.record(z.string(), level), usual: level, differing: z.number().int(), isCoreAnywhere: z.boolean() })),
    }),
  ),

  /** Every ordered pair of occupations with a grid: scores[a × n + b] = proximity of a → b (0–1). */
  'bridges.matrix': defineCall(z.void(), z.object({ definition: z.string(), occupations: z.array(z.object({ id, label: z.string(), isRegulated: z.boolean() })), scores: z.array(z.number()) })),
  /** For one occupation: its nearest occupations with their gaps, and ROME's ready-made bridges. */
  'bridges.nearest': defineCall(
    z.object({ occupationId: id, limit: z.number().int().min(1).max(50).default(10) }),
    z.object({
      computed: z.array(z.object({ occupationId: id, label: z.string(), score: z.number(), isRegulated: z.boolean(), romeRank: z.number().nullable(), gaps: z.array(gapSchema) })),
      rome: z.array(z.object({ romeCode: z.string(), label: z.string(), rank: z.number(), isRegulated: z.boolean(), occupationId: id.nullable(), score: z.number().nullable() })),
    }),
  ),
  /** Career paths: from each high-wear occupation towards lower-wear ones it is close to. */
  'bridges.careerPaths': defineCall(
    z.void(),
    z.array(z.object({ fromId: id, fromLabel: z.string(), toId: id, toLabel: z.string(), score: z.number(), wearFrom: z.number(), wearTo: z.number(), isRegulated: z.boolean(), gaps: z.array(gapSchema) })),
  ),
  /** One person for two employers: the combined grid and what holders of each side lack. */
  'bridges.twoEmployers': defineCall(
    z.object({ jobs: z.array(jobSchema).min(2, 'Choisissez deux postes.').max(3, 'Trois postes au plus.') }),
    z.object({
      jobs: z.array(z.object({ occupationId: id, occupationLabel: z.string(), structureId: id.nullable(), structureName: z.string().nullable(), gridSource: z.enum(['employer', 'reference']), isRegulated: z.boolean(), score: z.number(), gaps: z.array(gapSchema), training: trainingCoverSchema })),
      combined: z.array(z.object({ competencyId: id, label: z.string(), required: z.number(), isCore: z.boolean(), levels: z.array(z.number()) })),
      /** French warnings (a regulated occupation mixed with another one). */
      warnings: z.array(z.string()),
    }),
  ),

  /** People of the file (person table) with what this feature holds about them. */
  'assessments.people': defineCall(
    z.void(),
    z.array(z.object({ id, name: z.string(), kind: z.string(), structureName: z.string().nullable(), occupationId: id.nullable(), occupationLabel: z.string().nullable(), retentionUntil: z.string(), assessmentCount: z.number().int(), targets: z.array(personTargetSchema) })),
  ),
  'assessments.ofPerson': defineCall(
    z.object({ personId: id }),
    z.object({
      history: z.array(z.object({ id, competencyId: id, label: z.string(), level, assessedOn: z.string(), assessedBy: z.string() })),
      /** The latest level per competency. */
      current: z.array(z.object({ competencyId: id, level })),
      targets: z.array(personTargetSchema),
    }),
  ),
  'assessments.record': defineCall(
    z.object({ personId: id, competencyId: id, level, assessedOn: isoDate, assessedBy: z.string().trim().max(200).default('') }),
    z.object({ id }),
  ),
  'assessments.setTarget': defineCall(z.object({ personId: id, occupationId: id, structureId: id.nullable().default(null) }), z.void()),
  'assessments.removeTarget': defineCall(z.object({ personId: id, occupationId: id }), z.void()),
  /** A person's gap to an occupation (at one employer or in general). */
  'assessments.gap': defineCall(z.object({ personId: id, job: jobSchema }), z.object({ score: z.number(), gaps: z.array(gapSchema), training: trainingCoverSchema })),

  /** How many people need which competency to reach which occupation (from their targets). */
  'trainingNeeds.list': defineCall(
    z.void(),
    z.array(z.object({ occupationId: id, occupationLabel: z.string(), competencyId: id, label: z.string(), required: z.number(), isCore: z.boolean(), people: z.number().int(), missingLevels: z.number(), trainings: z.array(z.object({ id, title: z.string(), hours: z.number() })) })),
  ),
  /** Writes the needs to an .xlsx chosen in a save dialog; returns its name. */
  'trainingNeeds.export': defineCall(z.void(), z.object({ fileName: z.string(), rows: z.number().int() })),
};
