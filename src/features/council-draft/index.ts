export { CouncilDraftScreen } from './council-draft';
