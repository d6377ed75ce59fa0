-- Issue 7 (the coordinator's first hour with real-world inputs) needed no schema change, on purpose:
-- the multi-postcode communes, the wrong-kind drop message and the members import work on the
-- tables of 002 to 007 (import authors are 006); « Annuler » restores the backup taken before each
-- change, so it needs no table; the grids' column layouts stay in the computer's localStorage
-- (renderer/src/components/grid/column-state.ts) because they are a preference of the person at
-- this screen, not data of the association: a file sent to a colleague must not carry them.
-- The statement below changes nothing; it keeps the number so migrations stay contiguous.
SELECT 1;
