/** The analysis code that hosts load on demand, in a chunk of its own. */
export { analyzeHeaders, analyzeMessage } from "../../core/analyze";
