import type { trainingCalls } from '../../../shared/api/trainings';
import type { Handlers } from '../dispatch';
import { requireFile, type WindowContext } from '../context';
import { addParticipant, removeParticipant, searchPeople, setAttendance, updateParticipant } from '../store/trainings/participants';
import { trainingPlan } from '../store/trainings/plan';
import {
  createTraining,
  deleteSession,
  deleteTraining,
  listTrainings,
  saveSession,
  setCompetencies,
  trainingDetail,
  trainingsDeveloping,
  updateTraining,
} from '../store/trainings/trainings';

type TrainingHandlers = Pick<Handlers, keyof typeof trainingCalls>;

export function trainingHandlers(ctx: WindowContext): TrainingHandlers {
  const db = () => requireFile(ctx).db;
  const now = () => ctx.app.now();
  return {
    'trainings.list': ({ planYear }) => listTrainings(db(), planYear),
    'trainings.get': ({ id }) => trainingDetail(db(), id),
    'trainings.create': (input) => trainingDetail(db(), createTraining(db(), input, now())),
    'trainings.update': ({ id, changes }) => {
      updateTraining(db(), id, changes, now());
      return trainingDetail(db(), id);
    },
    'trainings.delete': ({ id }) => {
      deleteTraining(db(), id);
      return null;
    },
    'trainings.saveSession': ({ trainingId, sessionId, session }) => {
      saveSession(db(), trainingId, sessionId, session);
      return trainingDetail(db(), trainingId);
    },
    'trainings.deleteSession': ({ id }) => trainingDetail(db(), deleteSession(db(), id)),
    'trainings.addParticipant': (input) => {
      addParticipant(db(), input, now());
      return trainingDetail(db(), input.trainingId);
    },
    'trainings.updateParticipant': ({ id, changes }) => trainingDetail(db(), updateParticipant(db(), id, changes, now())),
    'trainings.removeParticipant': ({ id }) => trainingDetail(db(), removeParticipant(db(), id)),
    'trainings.setAttendance': ({ sessionId, participantId, status }) => trainingDetail(db(), setAttendance(db(), sessionId, participantId, status)),
    'trainings.people': ({ search }) => searchPeople(db(), search),
    'trainings.plan': ({ year }) => trainingPlan(db(), year),
    'trainings.setCompetencies': ({ trainingId, competencyIds }) => {
      setCompetencies(db(), trainingId, competencyIds);
      return trainingDetail(db(), trainingId);
    },
    'trainings.developing': ({ competencyIds }) => trainingsDeveloping(db(), competencyIds),
  };
}
