#compdef tunesmith

__tunesmith_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__tunesmith_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __tunesmith_complete "${completions[@]:0:-1}"
    fi
}

__tunesmith_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_tunesmith() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1

    # The default subcommand (added by scripts/lib/default-subcommand-completions):
    # unless the first word names a subcommand, complete as `tunesmith shell` does;
    # the first word also offers the subcommand names (below).
    case "${words[2]}" in
    shell|tokens|render|validate|split|import|export|chat|eval|files|jobs|models|endpoints|encodings|tokenizers|help)
        ;;
    *)
        _tunesmith_shell && ret=0
        (( CURRENT > 2 )) && return "${ret}"
        ;;
    esac

    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'shell:The authoring shell: chat, keep, edit, count, save (the default command).'
            'tokens:Count tokens exactly (ids identical to each tokenizer'\''s reference library).'
            'render:Show each example exactly as the model sees it: its chat format, special tokens, and the tokens that train.'
            'validate:Check a training file as OpenAI'\''s data-format check does, and more; open models are counted as their chat format renders.'
            'split:Split a training file into FILE-train.jsonl and FILE-validation.jsonl.'
            'import:Turn conversations from ChatGPT, Claude, llm, ShareGPT, Alpaca or CSV into candidate examples.'
            'export:Write a dataset in a trainer'\''s own shape, with a config that runs and a README with the command.'
            'chat:Send one message and stream the reply to standard output.'
            'eval:Did the fine-tune work? Send the file'\''s conversations to models and compare their replies with the file'\''s own.'
            'files:Upload, list, show and delete files stored with the provider.'
            'jobs:Create, follow and manage fine-tuning jobs.'
            'models:List the models the API serves or the catalog of fine-tunable ones, or delete a fine-tuned one.'
            'endpoints:Dedicated endpoints or deployments: serve a fine-tuned model to chat with it (together, fireworks).'
            'encodings:Where each encoding'\''s rank file is; download one; add a local copy.'
            'tokenizers:Find, fetch and list the tokenizers of open-weight models (Hugging Face repo ids).'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        shell|tokens|render|validate|split|import|export|chat|eval|files|jobs|models|endpoints|encodings|tokenizers|help)
            "_tunesmith_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_tunesmith_shell() {
    local -i ret=1
    local -ar ___model=('gpt-4.1' 'gpt-4.1-2025-04-14' 'gpt-4.1-mini' 'gpt-4.1-mini-2025-04-14' 'gpt-4.1-nano' 'gpt-4.1-nano-2025-04-14' 'o4-mini' 'o4-mini-2025-04-16' 'gpt-4o' 'gpt-4o-2024-08-06' 'gpt-4o-mini' 'gpt-4o-mini-2024-07-18' 'gpt-3.5-turbo' 'gpt-3.5-turbo-0125' 'gpt-3.5-turbo-1106' 'gpt-3.5-turbo-0613' 'gpt-4' 'gpt-4-0613' 'davinci-002' 'babbage-002' 'gpt-5' 'gpt-4.5' 'chatgpt-4o' 'o1' 'o3' 'gpt-4-turbo' 'gpt-4-32k' 'gpt-35-turbo')
    local -ar ___target=('gpt-4.1' 'gpt-4.1-2025-04-14' 'gpt-4.1-mini' 'gpt-4.1-mini-2025-04-14' 'gpt-4.1-nano' 'gpt-4.1-nano-2025-04-14' 'o4-mini' 'o4-mini-2025-04-16' 'gpt-4o' 'gpt-4o-2024-08-06' 'gpt-4o-mini' 'gpt-4o-mini-2024-07-18' 'gpt-3.5-turbo' 'gpt-3.5-turbo-0125' 'gpt-3.5-turbo-1106' 'gpt-3.5-turbo-0613' 'gpt-4' 'gpt-4-0613' 'davinci-002' 'babbage-002' 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference' 'meta-llama/Llama-3.3-70B-Instruct-Reference' 'meta-llama/Llama-3.3-70B-131k-Instruct-Reference' 'meta-llama/Llama-3.2-3B-Instruct' 'meta-llama/Llama-3.2-1B-Instruct' 'meta-llama/Llama-4-Maverick-17B-128E-Instruct' 'meta-llama/Llama-4-Scout-17B-16E-Instruct' 'deepseek-ai/DeepSeek-R1-Distill-Llama-70B' 'Qwen/Qwen3-0.6B' 'Qwen/Qwen3-1.7B' 'Qwen/Qwen3-4B' 'Qwen/Qwen3-8B' 'Qwen/Qwen3-14B' 'Qwen/Qwen3-32B' 'Qwen/Qwen3-30B-A3B' 'Qwen/Qwen3-235B-A22B' 'Qwen/Qwen3-235B-A22B-Instruct-2507' 'Qwen/Qwen3-Next-80B-A3B-Instruct' 'Qwen/Qwen3-Coder-30B-A3B-Instruct' 'Qwen/Qwen3-Coder-480B-A35B-Instruct' 'Qwen/Qwen2.5-1.5B-Instruct' 'Qwen/Qwen2.5-3B-Instruct' 'Qwen/Qwen2.5-7B-Instruct' 'Qwen/Qwen2.5-14B-Instruct' 'Qwen/Qwen2.5-32B-Instruct' 'Qwen/Qwen2.5-72B-Instruct' 'deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B' 'deepseek-ai/DeepSeek-R1-Distill-Qwen-14B' 'Qwen/Qwen3.5-0.8B' 'Qwen/Qwen3.5-2B' 'Qwen/Qwen3.5-4B' 'Qwen/Qwen3.5-9B' 'Qwen/Qwen3.5-35B-A3B' 'Qwen/Qwen3.6-35B-A3B' 'Qwen/Qwen3.5-27B' 'Qwen/Qwen3.5-122B-A10B' 'Qwen/Qwen3.5-397B-A17B' 'openai/gpt-oss-20b' 'openai/gpt-oss-120b' 'deepseek-ai/DeepSeek-V3' 'deepseek-ai/DeepSeek-V3-0324' 'deepseek-ai/DeepSeek-V3.1' 'deepseek-ai/DeepSeek-R1' 'deepseek-ai/DeepSeek-R1-0528' 'moonshotai/Kimi-K2-Base' 'moonshotai/Kimi-K2-Instruct-0905' 'moonshotai/Kimi-K2-Thinking' 'moonshotai/Kimi-K2.5' 'zai-org/GLM-4.6' 'zai-org/GLM-4.7' 'zai-org/GLM-5' 'zai-org/GLM-5.1' 'google/gemma-3-270m-it' 'google/gemma-3-1b-it' 'google/gemma-3-4b-it' 'google/gemma-3-12b-it' 'google/gemma-3-27b-it' 'google/gemma-4-26B-A4B-it' 'google/gemma-4-31B-it' 'nvidia/NVIDIA-Nemotron-Nano-9B-v2' 'mistralai/Mistral-7B-Instruct-v0.2' 'mistralai/Mixtral-8x7B-Instruct-v0.1' 'Qwen/Qwen3-VL-8B-Instruct' 'Qwen/Qwen3-VL-30B-A3B-Instruct' 'Qwen/Qwen3-VL-235B-A22B-Instruct' 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM' 'meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM' 'google/gemma-3-4b-it-VLM' 'google/gemma-3-12b-it-VLM' 'google/gemma-3-27b-it-VLM' 'accounts/fireworks/models/qwen3-8b' 'qwen3-8b' 'accounts/fireworks/models/qwen3-14b' 'qwen3-14b' 'accounts/fireworks/models/qwen3-4b' 'qwen3-4b' 'accounts/fireworks/models/qwen3-30b-a3b' 'qwen3-30b-a3b' 'accounts/fireworks/models/qwen3p5-9b' 'qwen3p5-9b' 'accounts/fireworks/models/qwen3p5-27b' 'qwen3p5-27b' 'accounts/fireworks/models/qwen3p5-35b-a3b' 'qwen3p5-35b-a3b' 'accounts/fireworks/models/llama-v3p1-8b-instruct' 'llama-v3p1-8b-instruct' 'accounts/fireworks/models/llama-v3p3-70b-instruct' 'llama-v3p3-70b-instruct' 'accounts/fireworks/models/qwen2p5-7b-instruct' 'qwen2p5-7b-instruct' 'accounts/fireworks/models/deepseek-v3p1' 'deepseek-v3p1' 'accounts/fireworks/models/kimi-k2-instruct-0905' 'kimi-k2-instruct-0905' 'accounts/fireworks/models/kimi-k2p5' 'kimi-k2p5' 'accounts/fireworks/models/glm-5p1' 'glm-5p1' 'accounts/fireworks/models/glm-5p2' 'glm-5p2' 'accounts/fireworks/models/gemma-4-26b-a4b-it' 'gemma-4-26b-a4b-it' 'accounts/fireworks/models/gemma-4-31b-it' 'gemma-4-31b-it')
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':file:_files -g '\''*.jsonl'\'''
        '--model[The chat model (default\: $TUNESMITH_MODEL, else gpt-4.1-mini).]:model:{__tunesmith_complete "${___model[@]}"}'
        '--target[The model to fine-tune (default\: the chat model when it can be).]:model:{__tunesmith_complete "${___target[@]}"}'
        '--persona[A persona to write as (marv is built in).]:name:{__tunesmith_custom_complete ---completion shell -- --persona "${current_word_index}" "$(__tunesmith_cursor_index_in_current_word)"}'
        '--system[A system message.]:text:'
        '--offline[Do not chat\: write the assistant replies yourself.]'
        '--yes[Let a script run /train, /upload, /cancel and /delete (they spend money or delete data).]'
        '--restore-draft[Start with the newest unsaved draft a shell that ended left for this file.]'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_tokens() {
    local -i ret=1
    local -ar ___model=('gpt-4.1' 'gpt-4.1-2025-04-14' 'gpt-4.1-mini' 'gpt-4.1-mini-2025-04-14' 'gpt-4.1-nano' 'gpt-4.1-nano-2025-04-14' 'o4-mini' 'o4-mini-2025-04-16' 'gpt-4o' 'gpt-4o-2024-08-06' 'gpt-4o-mini' 'gpt-4o-mini-2024-07-18' 'gpt-3.5-turbo' 'gpt-3.5-turbo-0125' 'gpt-3.5-turbo-1106' 'gpt-3.5-turbo-0613' 'gpt-4' 'gpt-4-0613' 'davinci-002' 'babbage-002' 'gpt-5' 'gpt-4.5' 'chatgpt-4o' 'o1' 'o3' 'gpt-4-turbo' 'gpt-4-32k' 'gpt-35-turbo' 'text-embedding-3-small' 'text-embedding-3-large' 'text-embedding-ada-002' 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference' 'meta-llama/Llama-3.3-70B-Instruct-Reference' 'meta-llama/Llama-3.3-70B-131k-Instruct-Reference' 'meta-llama/Llama-3.2-3B-Instruct' 'meta-llama/Llama-3.2-1B-Instruct' 'meta-llama/Llama-4-Maverick-17B-128E-Instruct' 'meta-llama/Llama-4-Scout-17B-16E-Instruct' 'deepseek-ai/DeepSeek-R1-Distill-Llama-70B' 'Qwen/Qwen3-0.6B' 'Qwen/Qwen3-1.7B' 'Qwen/Qwen3-4B' 'Qwen/Qwen3-8B' 'Qwen/Qwen3-14B' 'Qwen/Qwen3-32B' 'Qwen/Qwen3-30B-A3B' 'Qwen/Qwen3-235B-A22B' 'Qwen/Qwen3-235B-A22B-Instruct-2507' 'Qwen/Qwen3-Next-80B-A3B-Instruct' 'Qwen/Qwen3-Coder-30B-A3B-Instruct' 'Qwen/Qwen3-Coder-480B-A35B-Instruct' 'Qwen/Qwen2.5-1.5B-Instruct' 'Qwen/Qwen2.5-3B-Instruct' 'Qwen/Qwen2.5-7B-Instruct' 'Qwen/Qwen2.5-14B-Instruct' 'Qwen/Qwen2.5-32B-Instruct' 'Qwen/Qwen2.5-72B-Instruct' 'deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B' 'deepseek-ai/DeepSeek-R1-Distill-Qwen-14B' 'Qwen/Qwen3.5-0.8B' 'Qwen/Qwen3.5-2B' 'Qwen/Qwen3.5-4B' 'Qwen/Qwen3.5-9B' 'Qwen/Qwen3.5-35B-A3B' 'Qwen/Qwen3.6-35B-A3B' 'Qwen/Qwen3.5-27B' 'Qwen/Qwen3.5-122B-A10B' 'Qwen/Qwen3.5-397B-A17B' 'openai/gpt-oss-20b' 'openai/gpt-oss-120b' 'deepseek-ai/DeepSeek-V3' 'deepseek-ai/DeepSeek-V3-0324' 'deepseek-ai/DeepSeek-V3.1' 'deepseek-ai/DeepSeek-R1' 'deepseek-ai/DeepSeek-R1-0528' 'moonshotai/Kimi-K2-Base' 'moonshotai/Kimi-K2-Instruct-0905' 'moonshotai/Kimi-K2-Thinking' 'moonshotai/Kimi-K2.5' 'zai-org/GLM-4.6' 'zai-org/GLM-4.7' 'zai-org/GLM-5' 'zai-org/GLM-5.1' 'google/gemma-3-270m-it' 'google/gemma-3-1b-it' 'google/gemma-3-4b-it' 'google/gemma-3-12b-it' 'google/gemma-3-27b-it' 'google/gemma-4-26B-A4B-it' 'google/gemma-4-31B-it' 'nvidia/NVIDIA-Nemotron-Nano-9B-v2' 'mistralai/Mistral-7B-Instruct-v0.2' 'mistralai/Mixtral-8x7B-Instruct-v0.1' 'Qwen/Qwen3-VL-8B-Instruct' 'Qwen/Qwen3-VL-30B-A3B-Instruct' 'Qwen/Qwen3-VL-235B-A22B-Instruct' 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM' 'meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM' 'google/gemma-3-4b-it-VLM' 'google/gemma-3-12b-it-VLM' 'google/gemma-3-27b-it-VLM' 'accounts/fireworks/models/qwen3-8b' 'qwen3-8b' 'accounts/fireworks/models/qwen3-14b' 'qwen3-14b' 'accounts/fireworks/models/qwen3-4b' 'qwen3-4b' 'accounts/fireworks/models/qwen3-30b-a3b' 'qwen3-30b-a3b' 'accounts/fireworks/models/qwen3p5-9b' 'qwen3p5-9b' 'accounts/fireworks/models/qwen3p5-27b' 'qwen3p5-27b' 'accounts/fireworks/models/qwen3p5-35b-a3b' 'qwen3p5-35b-a3b' 'accounts/fireworks/models/llama-v3p1-8b-instruct' 'llama-v3p1-8b-instruct' 'accounts/fireworks/models/llama-v3p3-70b-instruct' 'llama-v3p3-70b-instruct' 'accounts/fireworks/models/qwen2p5-7b-instruct' 'qwen2p5-7b-instruct' 'accounts/fireworks/models/deepseek-v3p1' 'deepseek-v3p1' 'accounts/fireworks/models/kimi-k2-instruct-0905' 'kimi-k2-instruct-0905' 'accounts/fireworks/models/kimi-k2p5' 'kimi-k2p5' 'accounts/fireworks/models/glm-5p1' 'glm-5p1' 'accounts/fireworks/models/glm-5p2' 'glm-5p2' 'accounts/fireworks/models/gemma-4-26b-a4b-it' 'gemma-4-26b-a4b-it' 'accounts/fireworks/models/gemma-4-31b-it' 'gemma-4-31b-it')
    local -ar ___encoding=('cl100k_base' 'o200k_base' 'o200k_harmony')
    local -ar ___pattern=('cl100k' 'llama3' 'qwen2' 'o200k' 'tekken' 'gpt2')
    local -ar arg_specs=(
        '--model[Count for this model\: an OpenAI model, a model a provider fine-tunes, or a Hugging Face repo id (Qwen/Qwen3-8B).]:model:{__tunesmith_complete "${___model[@]}"}'
        '--encoding[cl100k_base, o200k_base or o200k_harmony.]:encoding:{__tunesmith_complete "${___encoding[@]}"}'
        '--tokenizer[A tokenizer.json, tokenizer.model, tekken.json, *.tiktoken or SentencePiece .model file, or a folder holding one.]:path:_files'
        '--pattern[The split pattern of a rank file tunesmith does not recognise.]:name:{__tunesmith_complete "${___pattern[@]}"}'
        '--special[Turn text that spells a special token (<|im_start|>) into that token, as a trainer that tokenizes a rendered chat template does.]'
        '--ids[Print the token ids (space-separated, one line per input) instead of counts.]'
        '--json-lines[Read one JSON string per line from standard input; print one JSON array of ids per line.]'
        '--chat[Per-example chat counts for a JSONL training file, then totals.]:file.jsonl:_files -g '\''*.jsonl'\'''
        '*:files:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_render() {
    local -i ret=1
    local -ar ___model=('gpt-4.1' 'gpt-4.1-2025-04-14' 'gpt-4.1-mini' 'gpt-4.1-mini-2025-04-14' 'gpt-4.1-nano' 'gpt-4.1-nano-2025-04-14' 'o4-mini' 'o4-mini-2025-04-16' 'gpt-4o' 'gpt-4o-2024-08-06' 'gpt-4o-mini' 'gpt-4o-mini-2024-07-18' 'gpt-3.5-turbo' 'gpt-3.5-turbo-0125' 'gpt-3.5-turbo-1106' 'gpt-3.5-turbo-0613' 'gpt-4' 'gpt-4-0613' 'davinci-002' 'babbage-002' 'gpt-5' 'gpt-4.5' 'chatgpt-4o' 'o1' 'o3' 'gpt-4-turbo' 'gpt-4-32k' 'gpt-35-turbo' 'text-embedding-3-small' 'text-embedding-3-large' 'text-embedding-ada-002' 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference' 'meta-llama/Llama-3.3-70B-Instruct-Reference' 'meta-llama/Llama-3.3-70B-131k-Instruct-Reference' 'meta-llama/Llama-3.2-3B-Instruct' 'meta-llama/Llama-3.2-1B-Instruct' 'meta-llama/Llama-4-Maverick-17B-128E-Instruct' 'meta-llama/Llama-4-Scout-17B-16E-Instruct' 'deepseek-ai/DeepSeek-R1-Distill-Llama-70B' 'Qwen/Qwen3-0.6B' 'Qwen/Qwen3-1.7B' 'Qwen/Qwen3-4B' 'Qwen/Qwen3-8B' 'Qwen/Qwen3-14B' 'Qwen/Qwen3-32B' 'Qwen/Qwen3-30B-A3B' 'Qwen/Qwen3-235B-A22B' 'Qwen/Qwen3-235B-A22B-Instruct-2507' 'Qwen/Qwen3-Next-80B-A3B-Instruct' 'Qwen/Qwen3-Coder-30B-A3B-Instruct' 'Qwen/Qwen3-Coder-480B-A35B-Instruct' 'Qwen/Qwen2.5-1.5B-Instruct' 'Qwen/Qwen2.5-3B-Instruct' 'Qwen/Qwen2.5-7B-Instruct' 'Qwen/Qwen2.5-14B-Instruct' 'Qwen/Qwen2.5-32B-Instruct' 'Qwen/Qwen2.5-72B-Instruct' 'deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B' 'deepseek-ai/DeepSeek-R1-Distill-Qwen-14B' 'Qwen/Qwen3.5-0.8B' 'Qwen/Qwen3.5-2B' 'Qwen/Qwen3.5-4B' 'Qwen/Qwen3.5-9B' 'Qwen/Qwen3.5-35B-A3B' 'Qwen/Qwen3.6-35B-A3B' 'Qwen/Qwen3.5-27B' 'Qwen/Qwen3.5-122B-A10B' 'Qwen/Qwen3.5-397B-A17B' 'openai/gpt-oss-20b' 'openai/gpt-oss-120b' 'deepseek-ai/DeepSeek-V3' 'deepseek-ai/DeepSeek-V3-0324' 'deepseek-ai/DeepSeek-V3.1' 'deepseek-ai/DeepSeek-R1' 'deepseek-ai/DeepSeek-R1-0528' 'moonshotai/Kimi-K2-Base' 'moonshotai/Kimi-K2-Instruct-0905' 'moonshotai/Kimi-K2-Thinking' 'moonshotai/Kimi-K2.5' 'zai-org/GLM-4.6' 'zai-org/GLM-4.7' 'zai-org/GLM-5' 'zai-org/GLM-5.1' 'google/gemma-3-270m-it' 'google/gemma-3-1b-it' 'google/gemma-3-4b-it' 'google/gemma-3-12b-it' 'google/gemma-3-27b-it' 'google/gemma-4-26B-A4B-it' 'google/gemma-4-31B-it' 'nvidia/NVIDIA-Nemotron-Nano-9B-v2' 'mistralai/Mistral-7B-Instruct-v0.2' 'mistralai/Mixtral-8x7B-Instruct-v0.1' 'Qwen/Qwen3-VL-8B-Instruct' 'Qwen/Qwen3-VL-30B-A3B-Instruct' 'Qwen/Qwen3-VL-235B-A22B-Instruct' 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM' 'meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM' 'google/gemma-3-4b-it-VLM' 'google/gemma-3-12b-it-VLM' 'google/gemma-3-27b-it-VLM' 'accounts/fireworks/models/qwen3-8b' 'qwen3-8b' 'accounts/fireworks/models/qwen3-14b' 'qwen3-14b' 'accounts/fireworks/models/qwen3-4b' 'qwen3-4b' 'accounts/fireworks/models/qwen3-30b-a3b' 'qwen3-30b-a3b' 'accounts/fireworks/models/qwen3p5-9b' 'qwen3p5-9b' 'accounts/fireworks/models/qwen3p5-27b' 'qwen3p5-27b' 'accounts/fireworks/models/qwen3p5-35b-a3b' 'qwen3p5-35b-a3b' 'accounts/fireworks/models/llama-v3p1-8b-instruct' 'llama-v3p1-8b-instruct' 'accounts/fireworks/models/llama-v3p3-70b-instruct' 'llama-v3p3-70b-instruct' 'accounts/fireworks/models/qwen2p5-7b-instruct' 'qwen2p5-7b-instruct' 'accounts/fireworks/models/deepseek-v3p1' 'deepseek-v3p1' 'accounts/fireworks/models/kimi-k2-instruct-0905' 'kimi-k2-instruct-0905' 'accounts/fireworks/models/kimi-k2p5' 'kimi-k2p5' 'accounts/fireworks/models/glm-5p1' 'glm-5p1' 'accounts/fireworks/models/glm-5p2' 'glm-5p2' 'accounts/fireworks/models/gemma-4-26b-a4b-it' 'gemma-4-26b-a4b-it' 'accounts/fireworks/models/gemma-4-31b-it' 'gemma-4-31b-it')
    local -ar ___encoding=('cl100k_base' 'o200k_base' 'o200k_harmony')
    local -ar ___pattern=('cl100k' 'llama3' 'qwen2' 'o200k' 'tekken' 'gpt2')
    local -ar arg_specs=(
        ':file:_files -g '\''*.jsonl'\'''
        '--model[Count for this model\: an OpenAI model, a model a provider fine-tunes, or a Hugging Face repo id (Qwen/Qwen3-8B).]:model:{__tunesmith_complete "${___model[@]}"}'
        '--encoding[cl100k_base, o200k_base or o200k_harmony.]:encoding:{__tunesmith_complete "${___encoding[@]}"}'
        '--tokenizer[A tokenizer.json, tokenizer.model, tekken.json, *.tiktoken or SentencePiece .model file, or a folder holding one.]:path:_files'
        '--pattern[The split pattern of a rank file tunesmith does not recognise.]:name:{__tunesmith_complete "${___pattern[@]}"}'
        '--example[Only the example on this line of FILE.]:line:'
        '--json-lines[One JSON object per example, for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_validate() {
    local -i ret=1
    local -ar ___model=('gpt-4.1' 'gpt-4.1-2025-04-14' 'gpt-4.1-mini' 'gpt-4.1-mini-2025-04-14' 'gpt-4.1-nano' 'gpt-4.1-nano-2025-04-14' 'o4-mini' 'o4-mini-2025-04-16' 'gpt-4o' 'gpt-4o-2024-08-06' 'gpt-4o-mini' 'gpt-4o-mini-2024-07-18' 'gpt-3.5-turbo' 'gpt-3.5-turbo-0125' 'gpt-3.5-turbo-1106' 'gpt-3.5-turbo-0613' 'gpt-4' 'gpt-4-0613' 'davinci-002' 'babbage-002' 'gpt-5' 'gpt-4.5' 'chatgpt-4o' 'o1' 'o3' 'gpt-4-turbo' 'gpt-4-32k' 'gpt-35-turbo' 'text-embedding-3-small' 'text-embedding-3-large' 'text-embedding-ada-002' 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference' 'meta-llama/Llama-3.3-70B-Instruct-Reference' 'meta-llama/Llama-3.3-70B-131k-Instruct-Reference' 'meta-llama/Llama-3.2-3B-Instruct' 'meta-llama/Llama-3.2-1B-Instruct' 'meta-llama/Llama-4-Maverick-17B-128E-Instruct' 'meta-llama/Llama-4-Scout-17B-16E-Instruct' 'deepseek-ai/DeepSeek-R1-Distill-Llama-70B' 'Qwen/Qwen3-0.6B' 'Qwen/Qwen3-1.7B' 'Qwen/Qwen3-4B' 'Qwen/Qwen3-8B' 'Qwen/Qwen3-14B' 'Qwen/Qwen3-32B' 'Qwen/Qwen3-30B-A3B' 'Qwen/Qwen3-235B-A22B' 'Qwen/Qwen3-235B-A22B-Instruct-2507' 'Qwen/Qwen3-Next-80B-A3B-Instruct' 'Qwen/Qwen3-Coder-30B-A3B-Instruct' 'Qwen/Qwen3-Coder-480B-A35B-Instruct' 'Qwen/Qwen2.5-1.5B-Instruct' 'Qwen/Qwen2.5-3B-Instruct' 'Qwen/Qwen2.5-7B-Instruct' 'Qwen/Qwen2.5-14B-Instruct' 'Qwen/Qwen2.5-32B-Instruct' 'Qwen/Qwen2.5-72B-Instruct' 'deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B' 'deepseek-ai/DeepSeek-R1-Distill-Qwen-14B' 'Qwen/Qwen3.5-0.8B' 'Qwen/Qwen3.5-2B' 'Qwen/Qwen3.5-4B' 'Qwen/Qwen3.5-9B' 'Qwen/Qwen3.5-35B-A3B' 'Qwen/Qwen3.6-35B-A3B' 'Qwen/Qwen3.5-27B' 'Qwen/Qwen3.5-122B-A10B' 'Qwen/Qwen3.5-397B-A17B' 'openai/gpt-oss-20b' 'openai/gpt-oss-120b' 'deepseek-ai/DeepSeek-V3' 'deepseek-ai/DeepSeek-V3-0324' 'deepseek-ai/DeepSeek-V3.1' 'deepseek-ai/DeepSeek-R1' 'deepseek-ai/DeepSeek-R1-0528' 'moonshotai/Kimi-K2-Base' 'moonshotai/Kimi-K2-Instruct-0905' 'moonshotai/Kimi-K2-Thinking' 'moonshotai/Kimi-K2.5' 'zai-org/GLM-4.6' 'zai-org/GLM-4.7' 'zai-org/GLM-5' 'zai-org/GLM-5.1' 'google/gemma-3-270m-it' 'google/gemma-3-1b-it' 'google/gemma-3-4b-it' 'google/gemma-3-12b-it' 'google/gemma-3-27b-it' 'google/gemma-4-26B-A4B-it' 'google/gemma-4-31B-it' 'nvidia/NVIDIA-Nemotron-Nano-9B-v2' 'mistralai/Mistral-7B-Instruct-v0.2' 'mistralai/Mixtral-8x7B-Instruct-v0.1' 'Qwen/Qwen3-VL-8B-Instruct' 'Qwen/Qwen3-VL-30B-A3B-Instruct' 'Qwen/Qwen3-VL-235B-A22B-Instruct' 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM' 'meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM' 'google/gemma-3-4b-it-VLM' 'google/gemma-3-12b-it-VLM' 'google/gemma-3-27b-it-VLM' 'accounts/fireworks/models/qwen3-8b' 'qwen3-8b' 'accounts/fireworks/models/qwen3-14b' 'qwen3-14b' 'accounts/fireworks/models/qwen3-4b' 'qwen3-4b' 'accounts/fireworks/models/qwen3-30b-a3b' 'qwen3-30b-a3b' 'accounts/fireworks/models/qwen3p5-9b' 'qwen3p5-9b' 'accounts/fireworks/models/qwen3p5-27b' 'qwen3p5-27b' 'accounts/fireworks/models/qwen3p5-35b-a3b' 'qwen3p5-35b-a3b' 'accounts/fireworks/models/llama-v3p1-8b-instruct' 'llama-v3p1-8b-instruct' 'accounts/fireworks/models/llama-v3p3-70b-instruct' 'llama-v3p3-70b-instruct' 'accounts/fireworks/models/qwen2p5-7b-instruct' 'qwen2p5-7b-instruct' 'accounts/fireworks/models/deepseek-v3p1' 'deepseek-v3p1' 'accounts/fireworks/models/kimi-k2-instruct-0905' 'kimi-k2-instruct-0905' 'accounts/fireworks/models/kimi-k2p5' 'kimi-k2p5' 'accounts/fireworks/models/glm-5p1' 'glm-5p1' 'accounts/fireworks/models/glm-5p2' 'glm-5p2' 'accounts/fireworks/models/gemma-4-26b-a4b-it' 'gemma-4-26b-a4b-it' 'accounts/fireworks/models/gemma-4-31b-it' 'gemma-4-31b-it')
    local -ar ___encoding=('cl100k_base' 'o200k_base' 'o200k_harmony')
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':file:_files -g '\''*.jsonl'\'''
        '--model[The model to fine-tune (default\: gpt-4.1-mini; from 2027-01-06, when OpenAI stops training, the catalog'\''s default target).]:model:{__tunesmith_complete "${___model[@]}"}'
        '--encoding[Instead of --model\: cl100k_base or o200k_base (needs --max-tokens).]:encoding:{__tunesmith_complete "${___encoding[@]}"}'
        '--max-tokens[The token limit per example (with --encoding, or to override the model'\''s).]:n:'
        '--json[Print one JSON object for scripts instead of the report.]'
        '--as-validation-file[Check FILE as a job'\''s validation file\: the same format, no minimum number of examples.]'
        '--provider[Also check the provider'\''s own file rules\: openai, together, fireworks.]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_split() {
    local -i ret=1
    local -ar arg_specs=(
        ':file:_files -g '\''*.jsonl'\'''
        '--validation-fraction[The share of examples that go to the validation file.]:validation-fraction:'
        '--seed[The seed of the shuffle that picks the validation examples.]:seed:'
        '--force[Overwrite existing output files.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_import() {
    local -i ret=1
    local -ar ___from=('chatgpt' 'claude' 'llm' 'sharegpt' 'alpaca' 'csv')
    local -ar arg_specs=(
        ':source:_files'
        '--from[The source'\''s format (default\: told from its content).]:chatgpt|claude|llm|sharegpt|alpaca|csv:{__tunesmith_complete "${___from[@]}"}'
        '--columns[CSV only\: which header columns hold the turns.]:user=COL,assistant=COL\[,system=COL\]:'
        '--out[The JSONL file to write (default\: SOURCE'\''s name with .jsonl).]:file:_files -g '\''*.jsonl'\'''
        '--force[Replace the output file when it exists.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_export() {
    local -i ret=1
    local -ar ___to=('trl' 'axolotl' 'unsloth' 'mlx' 'llama-factory')
    local -ar ___method=('sft' 'dpo' 'kto')
    local -ar arg_specs=(
        ':file:_files -g '\''*.jsonl'\'''
        '--to[The trainer.]:trl|axolotl|unsloth|mlx|llama-factory:{__tunesmith_complete "${___to[@]}"}'
        '--method[What to train.]:sft|dpo|kto:{__tunesmith_complete "${___method[@]}"}'
        '--model[The base model, a Hugging Face repo id.]:hf-repo:'
        '--out[The folder to write (default\: FILE-TRAINER-METHOD beside FILE).]:dir:_files -/'
        '--force[Replace the folder when it exists.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_chat() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        '--model[The chat model (default\: $TUNESMITH_MODEL, else gpt-4.1-mini).]:model:'
        '--system[A system message.]:text:'
        ':message:'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_eval() {
    local -i ret=1
    local -ar ___model=('gpt-4.1' 'gpt-4.1-2025-04-14' 'gpt-4.1-mini' 'gpt-4.1-mini-2025-04-14' 'gpt-4.1-nano' 'gpt-4.1-nano-2025-04-14' 'o4-mini' 'o4-mini-2025-04-16' 'gpt-4o' 'gpt-4o-2024-08-06' 'gpt-4o-mini' 'gpt-4o-mini-2024-07-18' 'gpt-3.5-turbo' 'gpt-3.5-turbo-0125' 'gpt-3.5-turbo-1106' 'gpt-3.5-turbo-0613' 'gpt-4' 'gpt-4-0613' 'davinci-002' 'babbage-002' 'gpt-5' 'gpt-4.5' 'chatgpt-4o' 'o1' 'o3' 'gpt-4-turbo' 'gpt-4-32k' 'gpt-35-turbo' 'text-embedding-3-small' 'text-embedding-3-large' 'text-embedding-ada-002')
    local -ar ___turns=('last' 'all')
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':file:_files -g '\''*.jsonl'\'''
        '*--model[A model to evaluate (repeat for more)\: NAME, PROVIDER\:NAME or LABEL=NAME@URL.]:model:{__tunesmith_complete "${___model[@]}"}'
        '--judge[A model that judges the first model'\''s replies against each other'\''s.]:model:'
        '--turns[Which trained assistant turns\: the last of each example, or all.]:last|all:{__tunesmith_complete "${___turns[@]}"}'
        '--concurrency[Requests at a time (a 429 lowers it).]:n:'
        '--target[The model whose tokenizer counts similarity (default\: the first model'\''s base, else o200k_base).]:model:'
        '--seed[Seeds the judge'\''s shuffles (default\: random; each verdict keeps its own).]:n:'
        '--json[Print one JSON object per example, then a summary object.]'
        '--html[Also write a self-contained HTML page (side by side, a chart of the summary).]:report.html:_files -g '\''*.html'\'''
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_files() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'upload:Validate a training file, then upload it.'
            'list:List the files.'
            'show:Show one file.'
            'delete:Delete one file.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        upload|list|show|delete)
            "_tunesmith_files_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_tunesmith_files_upload() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':file:_files -g '\''*.jsonl'\'''
        '--purpose[The file'\''s purpose.]:purpose:'
        '--model[The model it is for (decides the token limit checked).]:model:'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_files_list() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        '--json[Print the server'\''s objects as JSON.]'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_files_show() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--json[Print the server'\''s object as JSON.]'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_files_delete() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_jobs() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'create:Validate and upload the files, show the estimated cost, and create a fine-tuning job.'
            'list:List recent jobs, newest first.'
            'show:Show one job.'
            'events:A job'\''s events, oldest first.'
            'checkpoints:A job'\''s checkpoints.'
            'cancel:Cancel a job.'
            'pause:Pause a running job.'
            'resume:Resume a paused job.'
            'watch:Follow a job live until it ends, charting its loss, then print the new model'\''s name.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        create|list|show|events|checkpoints|cancel|pause|resume|watch)
            "_tunesmith_jobs_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_tunesmith_jobs_create() {
    local -i ret=1
    local -ar ___model=('gpt-4.1' 'gpt-4.1-2025-04-14' 'gpt-4.1-mini' 'gpt-4.1-mini-2025-04-14' 'gpt-4.1-nano' 'gpt-4.1-nano-2025-04-14' 'o4-mini' 'o4-mini-2025-04-16' 'gpt-4o' 'gpt-4o-2024-08-06' 'gpt-4o-mini' 'gpt-4o-mini-2024-07-18' 'gpt-3.5-turbo' 'gpt-3.5-turbo-0125' 'gpt-3.5-turbo-1106' 'gpt-3.5-turbo-0613' 'gpt-4' 'gpt-4-0613' 'davinci-002' 'babbage-002' 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference' 'meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference' 'meta-llama/Llama-3.3-70B-Instruct-Reference' 'meta-llama/Llama-3.3-70B-131k-Instruct-Reference' 'meta-llama/Llama-3.2-3B-Instruct' 'meta-llama/Llama-3.2-1B-Instruct' 'meta-llama/Llama-4-Maverick-17B-128E-Instruct' 'meta-llama/Llama-4-Scout-17B-16E-Instruct' 'deepseek-ai/DeepSeek-R1-Distill-Llama-70B' 'Qwen/Qwen3-0.6B' 'Qwen/Qwen3-1.7B' 'Qwen/Qwen3-4B' 'Qwen/Qwen3-8B' 'Qwen/Qwen3-14B' 'Qwen/Qwen3-32B' 'Qwen/Qwen3-30B-A3B' 'Qwen/Qwen3-235B-A22B' 'Qwen/Qwen3-235B-A22B-Instruct-2507' 'Qwen/Qwen3-Next-80B-A3B-Instruct' 'Qwen/Qwen3-Coder-30B-A3B-Instruct' 'Qwen/Qwen3-Coder-480B-A35B-Instruct' 'Qwen/Qwen2.5-1.5B-Instruct' 'Qwen/Qwen2.5-3B-Instruct' 'Qwen/Qwen2.5-7B-Instruct' 'Qwen/Qwen2.5-14B-Instruct' 'Qwen/Qwen2.5-32B-Instruct' 'Qwen/Qwen2.5-72B-Instruct' 'deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B' 'deepseek-ai/DeepSeek-R1-Distill-Qwen-14B' 'Qwen/Qwen3.5-0.8B' 'Qwen/Qwen3.5-2B' 'Qwen/Qwen3.5-4B' 'Qwen/Qwen3.5-9B' 'Qwen/Qwen3.5-35B-A3B' 'Qwen/Qwen3.6-35B-A3B' 'Qwen/Qwen3.5-27B' 'Qwen/Qwen3.5-122B-A10B' 'Qwen/Qwen3.5-397B-A17B' 'openai/gpt-oss-20b' 'openai/gpt-oss-120b' 'deepseek-ai/DeepSeek-V3' 'deepseek-ai/DeepSeek-V3-0324' 'deepseek-ai/DeepSeek-V3.1' 'deepseek-ai/DeepSeek-R1' 'deepseek-ai/DeepSeek-R1-0528' 'moonshotai/Kimi-K2-Base' 'moonshotai/Kimi-K2-Instruct-0905' 'moonshotai/Kimi-K2-Thinking' 'moonshotai/Kimi-K2.5' 'zai-org/GLM-4.6' 'zai-org/GLM-4.7' 'zai-org/GLM-5' 'zai-org/GLM-5.1' 'google/gemma-3-270m-it' 'google/gemma-3-1b-it' 'google/gemma-3-4b-it' 'google/gemma-3-12b-it' 'google/gemma-3-27b-it' 'google/gemma-4-26B-A4B-it' 'google/gemma-4-31B-it' 'nvidia/NVIDIA-Nemotron-Nano-9B-v2' 'mistralai/Mistral-7B-Instruct-v0.2' 'mistralai/Mixtral-8x7B-Instruct-v0.1' 'Qwen/Qwen3-VL-8B-Instruct' 'Qwen/Qwen3-VL-30B-A3B-Instruct' 'Qwen/Qwen3-VL-235B-A22B-Instruct' 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM' 'meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM' 'google/gemma-3-4b-it-VLM' 'google/gemma-3-12b-it-VLM' 'google/gemma-3-27b-it-VLM' 'accounts/fireworks/models/qwen3-8b' 'qwen3-8b' 'accounts/fireworks/models/qwen3-14b' 'qwen3-14b' 'accounts/fireworks/models/qwen3-4b' 'qwen3-4b' 'accounts/fireworks/models/qwen3-30b-a3b' 'qwen3-30b-a3b' 'accounts/fireworks/models/qwen3p5-9b' 'qwen3p5-9b' 'accounts/fireworks/models/qwen3p5-27b' 'qwen3p5-27b' 'accounts/fireworks/models/qwen3p5-35b-a3b' 'qwen3p5-35b-a3b' 'accounts/fireworks/models/llama-v3p1-8b-instruct' 'llama-v3p1-8b-instruct' 'accounts/fireworks/models/llama-v3p3-70b-instruct' 'llama-v3p3-70b-instruct' 'accounts/fireworks/models/qwen2p5-7b-instruct' 'qwen2p5-7b-instruct' 'accounts/fireworks/models/deepseek-v3p1' 'deepseek-v3p1' 'accounts/fireworks/models/kimi-k2-instruct-0905' 'kimi-k2-instruct-0905' 'accounts/fireworks/models/kimi-k2p5' 'kimi-k2p5' 'accounts/fireworks/models/glm-5p1' 'glm-5p1' 'accounts/fireworks/models/glm-5p2' 'glm-5p2' 'accounts/fireworks/models/gemma-4-26b-a4b-it' 'gemma-4-26b-a4b-it' 'accounts/fireworks/models/gemma-4-31b-it' 'gemma-4-31b-it')
    local -ar ___method=('supervised' 'dpo')
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        '--model[The model to fine-tune.]:model:{__tunesmith_complete "${___model[@]}"}'
        '--training-file[A local JSONL file or an uploaded file'\''s id.]:file|id:_files -g '\''*.jsonl'\'''
        '--validation-file[A local JSONL file or an uploaded file'\''s id.]:file|id:_files -g '\''*.jsonl'\'''
        '--suffix[Added to the fine-tuned model'\''s name.]:suffix:'
        '--epochs[Epochs (default\: the provider'\''s auto).]:epochs:'
        '--batch-size[Batch size\: a number, or max (Together; its default) (default\: the provider'\''s).]:n|max:'
        '--learning-rate-multiplier[OpenAI\: a multiplier of OpenAI'\''s learning rate (default\: auto).]:learning-rate-multiplier:'
        '--learning-rate[Together, Fireworks\: the learning rate itself (default\: the provider'\''s).]:learning-rate:'
        '--full[Together\: train all weights instead of a LoRA adapter (LoRA is the default).]'
        '--lora[Together\: train a LoRA adapter (the default).]'
        '--lora-rank[Together\: the LoRA rank (default\: the model'\''s largest; alpha is twice the rank); Fireworks\: 4 to 64 (default 8).]:lora-rank:'
        '--max-context-length[Fireworks\: the longest example trained on, in tokens (default\: the model'\''s).]:max-context-length:'
        '--train-on-inputs[Together\: train on prompts and user turns too (default\: auto, which masks them).]:true|false|auto:'
        '--evaluations[Together\: evaluations on the validation file.]:evaluations:'
        '--checkpoints[Together\: checkpoints to keep.]:checkpoints:'
        '--seed[Seed, for a reproducible job.]:seed:'
        '--method[supervised or dpo.]:method:{__tunesmith_complete "${___method[@]}"}'
        '--beta[DPO'\''s beta (default\: auto).]:beta:'
        '--yes[Create the job without asking.]'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_jobs_list() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        '--limit[How many jobs.]:limit:'
        '--json[Print the server'\''s objects as JSON.]'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_jobs_show() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--json[Print the server'\''s object as JSON.]'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_jobs_events() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--json[Print the server'\''s objects as JSON.]'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_jobs_checkpoints() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--json[Print the server'\''s objects as JSON.]'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_jobs_cancel() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_jobs_pause() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_jobs_resume() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_jobs_watch() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--interval[Seconds between polls.]:interval:'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_models() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the models.'
            'catalog:List the models each provider fine-tunes: counting, context, price, deadlines.'
            'delete:Delete a fine-tuned model (ft:...).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|catalog|delete)
            "_tunesmith_models_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_tunesmith_models_list() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        '--json[Print the server'\''s objects as JSON.]'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_models_catalog() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        '--provider[Only this provider'\''s models\: openai, together or fireworks.]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--refresh[Ask the providers'\'' APIs first (each one you have a key for) and cache what they say.]'
        '--json[Print one JSON object per model instead of the table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_models_delete() {
    local -i ret=1
    local -ar ___provider=('openai' 'together' 'fireworks')
    local -ar arg_specs=(
        ':model:'
        '--base-url[The provider API'\''s base URL (default\: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).]:url:'
        '--organization[The OpenAI organization (default\: $OPENAI_ORG_ID).]:id:'
        '--project[The OpenAI project (default\: $OPENAI_PROJECT_ID).]:id:'
        '--provider[The provider\: openai, together, fireworks (default\: $TUNESMITH_PROVIDER, else openai).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_endpoints() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'create:Start an endpoint for a fine-tuned model (its output name); it bills until deleted.'
            'list:List your endpoints, then the provider'\''s serverless models.'
            'show:Show one endpoint.'
            'delete:Delete an endpoint (it stops billing).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        create|list|show|delete)
            "_tunesmith_endpoints_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_tunesmith_endpoints_create() {
    local -i ret=1
    local -ar ___provider=('together' 'fireworks')
    local -ar arg_specs=(
        ':model:'
        '--hardware[The hardware id or accelerator type (default\: Together'\''s cheapest available now; Fireworks'\'' choice).]:hardware:'
        '--min-replicas[Fewest replicas (Fireworks\: 0 scales to zero after 5 idle minutes).]:min-replicas:'
        '--max-replicas[Most replicas.]:max-replicas:'
        '--name[A display name (Fireworks\: the deployment id).]:name:'
        '--provider[The provider\: together, fireworks (default\: $TUNESMITH_PROVIDER, else together).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--yes[Create it, which bills while it is up, without asking.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_endpoints_list() {
    local -i ret=1
    local -ar ___provider=('together' 'fireworks')
    local -ar arg_specs=(
        '--json[Print the server'\''s objects as JSON.]'
        '--provider[The provider\: together, fireworks (default\: $TUNESMITH_PROVIDER, else together).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_endpoints_show() {
    local -i ret=1
    local -ar ___provider=('together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--json[Print the server'\''s object as JSON.]'
        '--provider[The provider\: together, fireworks (default\: $TUNESMITH_PROVIDER, else together).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_endpoints_delete() {
    local -i ret=1
    local -ar ___provider=('together' 'fireworks')
    local -ar arg_specs=(
        ':id:'
        '--provider[The provider\: together, fireworks (default\: $TUNESMITH_PROVIDER, else together).]:name:{__tunesmith_complete "${___provider[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_encodings() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'path:Show where each encoding was found, in lookup order.'
            'fetch:Download the official rank files into the user cache (checked by sha256).'
            'install:Copy a local rank file into the user cache after checking its sha256.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        path|fetch|install)
            "_tunesmith_encodings_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_tunesmith_encodings_path() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_encodings_fetch() {
    local -i ret=1
    local -ar _names=('cl100k_base' 'o200k_base')
    local -ar arg_specs=(
        '*:names:{__tunesmith_complete "${_names[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_encodings_install() {
    local -i ret=1
    local -ar arg_specs=(
        ':file:_files -g '\''*.tiktoken'\'''
        '--encoding[Which encoding the file is (default\: from its name).]:encoding:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_tokenizers() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'path:Show where a model'\''s tokenizer is looked for, in order, and which file is used.'
            'fetch:Download a model'\''s tokenizer into the Hugging Face cache (HF_TOKEN for gated models).'
            'list:List the models whose tokenizers are on this machine.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        path|fetch|list)
            "_tunesmith_tokenizers_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_tunesmith_tokenizers_path() {
    local -i ret=1
    local -ar arg_specs=(
        ':model:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_tokenizers_fetch() {
    local -i ret=1
    local -ar arg_specs=(
        '*:models:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_tokenizers_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_tunesmith_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _tunesmith ]]; then
    _tunesmith "${@}"
else
    compdef _tunesmith tunesmith
fi
