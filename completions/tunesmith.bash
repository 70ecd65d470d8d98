#!/bin/bash

__tunesmith_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__tunesmith_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__tunesmith_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__tunesmith_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_tunesmith() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()

    # The default subcommand (added by scripts/lib/default-subcommand-completions):
    # unless the first word names a subcommand, complete as `tunesmith shell` does;
    # the first word also offers the subcommand names.
    if [[ "${COMP_CWORD}" -eq 1 ]]; then
        COMPREPLY+=($(compgen -W 'shell tokens render validate split import export chat eval files jobs models endpoints encodings tokenizers help' -- "${cur}"))
        _tunesmith_shell
        return
    fi
    case "${COMP_WORDS[1]}" in
    shell|tokens|render|validate|split|import|export|chat|eval|files|jobs|models|endpoints|encodings|tokenizers|help)
        ;;
    *)
        _tunesmith_shell
        return
        ;;
    esac

    __tunesmith_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    shell|tokens|render|validate|split|import|export|chat|eval|files|jobs|models|endpoints|encodings|tokenizers|help)
        # Offer subcommand argument completions
        "_tunesmith_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'shell tokens render validate split import export chat eval files jobs models endpoints encodings tokenizers help' -- "${cur}"))
        ;;
    esac
}

_tunesmith_shell() {
    repeating_flags=()
    non_repeating_flags=(--offline --yes --restore-draft --version -h --help)
    repeating_options=()
    non_repeating_options=(--model --target --persona --system --base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--model')
        __tunesmith_add_completions -W 'gpt-4.1'$'\n''gpt-4.1-2025-04-14'$'\n''gpt-4.1-mini'$'\n''gpt-4.1-mini-2025-04-14'$'\n''gpt-4.1-nano'$'\n''gpt-4.1-nano-2025-04-14'$'\n''o4-mini'$'\n''o4-mini-2025-04-16'$'\n''gpt-4o'$'\n''gpt-4o-2024-08-06'$'\n''gpt-4o-mini'$'\n''gpt-4o-mini-2024-07-18'$'\n''gpt-3.5-turbo'$'\n''gpt-3.5-turbo-0125'$'\n''gpt-3.5-turbo-1106'$'\n''gpt-3.5-turbo-0613'$'\n''gpt-4'$'\n''gpt-4-0613'$'\n''davinci-002'$'\n''babbage-002'$'\n''gpt-5'$'\n''gpt-4.5'$'\n''chatgpt-4o'$'\n''o1'$'\n''o3'$'\n''gpt-4-turbo'$'\n''gpt-4-32k'$'\n''gpt-35-turbo'
        return
        ;;
    '--target')
        __tunesmith_add_completions -W 'gpt-4.1'$'\n''gpt-4.1-2025-04-14'$'\n''gpt-4.1-mini'$'\n''gpt-4.1-mini-2025-04-14'$'\n''gpt-4.1-nano'$'\n''gpt-4.1-nano-2025-04-14'$'\n''o4-mini'$'\n''o4-mini-2025-04-16'$'\n''gpt-4o'$'\n''gpt-4o-2024-08-06'$'\n''gpt-4o-mini'$'\n''gpt-4o-mini-2024-07-18'$'\n''gpt-3.5-turbo'$'\n''gpt-3.5-turbo-0125'$'\n''gpt-3.5-turbo-1106'$'\n''gpt-3.5-turbo-0613'$'\n''gpt-4'$'\n''gpt-4-0613'$'\n''davinci-002'$'\n''babbage-002'$'\n''meta-llama/Meta-Llama-3.1-8B-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-70B-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference'$'\n''meta-llama/Llama-3.3-70B-Instruct-Reference'$'\n''meta-llama/Llama-3.3-70B-131k-Instruct-Reference'$'\n''meta-llama/Llama-3.2-3B-Instruct'$'\n''meta-llama/Llama-3.2-1B-Instruct'$'\n''meta-llama/Llama-4-Maverick-17B-128E-Instruct'$'\n''meta-llama/Llama-4-Scout-17B-16E-Instruct'$'\n''deepseek-ai/DeepSeek-R1-Distill-Llama-70B'$'\n''Qwen/Qwen3-0.6B'$'\n''Qwen/Qwen3-1.7B'$'\n''Qwen/Qwen3-4B'$'\n''Qwen/Qwen3-8B'$'\n''Qwen/Qwen3-14B'$'\n''Qwen/Qwen3-32B'$'\n''Qwen/Qwen3-30B-A3B'$'\n''Qwen/Qwen3-235B-A22B'$'\n''Qwen/Qwen3-235B-A22B-Instruct-2507'$'\n''Qwen/Qwen3-Next-80B-A3B-Instruct'$'\n''Qwen/Qwen3-Coder-30B-A3B-Instruct'$'\n''Qwen/Qwen3-Coder-480B-A35B-Instruct'$'\n''Qwen/Qwen2.5-1.5B-Instruct'$'\n''Qwen/Qwen2.5-3B-Instruct'$'\n''Qwen/Qwen2.5-7B-Instruct'$'\n''Qwen/Qwen2.5-14B-Instruct'$'\n''Qwen/Qwen2.5-32B-Instruct'$'\n''Qwen/Qwen2.5-72B-Instruct'$'\n''deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B'$'\n''deepseek-ai/DeepSeek-R1-Distill-Qwen-14B'$'\n''Qwen/Qwen3.5-0.8B'$'\n''Qwen/Qwen3.5-2B'$'\n''Qwen/Qwen3.5-4B'$'\n''Qwen/Qwen3.5-9B'$'\n''Qwen/Qwen3.5-35B-A3B'$'\n''Qwen/Qwen3.6-35B-A3B'$'\n''Qwen/Qwen3.5-27B'$'\n''Qwen/Qwen3.5-122B-A10B'$'\n''Qwen/Qwen3.5-397B-A17B'$'\n''openai/gpt-oss-20b'$'\n''openai/gpt-oss-120b'$'\n''deepseek-ai/DeepSeek-V3'$'\n''deepseek-ai/DeepSeek-V3-0324'$'\n''deepseek-ai/DeepSeek-V3.1'$'\n''deepseek-ai/DeepSeek-R1'$'\n''deepseek-ai/DeepSeek-R1-0528'$'\n''moonshotai/Kimi-K2-Base'$'\n''moonshotai/Kimi-K2-Instruct-0905'$'\n''moonshotai/Kimi-K2-Thinking'$'\n''moonshotai/Kimi-K2.5'$'\n''zai-org/GLM-4.6'$'\n''zai-org/GLM-4.7'$'\n''zai-org/GLM-5'$'\n''zai-org/GLM-5.1'$'\n''google/gemma-3-270m-it'$'\n''google/gemma-3-1b-it'$'\n''google/gemma-3-4b-it'$'\n''google/gemma-3-12b-it'$'\n''google/gemma-3-27b-it'$'\n''google/gemma-4-26B-A4B-it'$'\n''google/gemma-4-31B-it'$'\n''nvidia/NVIDIA-Nemotron-Nano-9B-v2'$'\n''mistralai/Mistral-7B-Instruct-v0.2'$'\n''mistralai/Mixtral-8x7B-Instruct-v0.1'$'\n''Qwen/Qwen3-VL-8B-Instruct'$'\n''Qwen/Qwen3-VL-30B-A3B-Instruct'$'\n''Qwen/Qwen3-VL-235B-A22B-Instruct'$'\n''meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM'$'\n''meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM'$'\n''google/gemma-3-4b-it-VLM'$'\n''google/gemma-3-12b-it-VLM'$'\n''google/gemma-3-27b-it-VLM'$'\n''accounts/fireworks/models/qwen3-8b'$'\n''qwen3-8b'$'\n''accounts/fireworks/models/qwen3-14b'$'\n''qwen3-14b'$'\n''accounts/fireworks/models/qwen3-4b'$'\n''qwen3-4b'$'\n''accounts/fireworks/models/qwen3-30b-a3b'$'\n''qwen3-30b-a3b'$'\n''accounts/fireworks/models/qwen3p5-9b'$'\n''qwen3p5-9b'$'\n''accounts/fireworks/models/qwen3p5-27b'$'\n''qwen3p5-27b'$'\n''accounts/fireworks/models/qwen3p5-35b-a3b'$'\n''qwen3p5-35b-a3b'$'\n''accounts/fireworks/models/llama-v3p1-8b-instruct'$'\n''llama-v3p1-8b-instruct'$'\n''accounts/fireworks/models/llama-v3p3-70b-instruct'$'\n''llama-v3p3-70b-instruct'$'\n''accounts/fireworks/models/qwen2p5-7b-instruct'$'\n''qwen2p5-7b-instruct'$'\n''accounts/fireworks/models/deepseek-v3p1'$'\n''deepseek-v3p1'$'\n''accounts/fireworks/models/kimi-k2-instruct-0905'$'\n''kimi-k2-instruct-0905'$'\n''accounts/fireworks/models/kimi-k2p5'$'\n''kimi-k2p5'$'\n''accounts/fireworks/models/glm-5p1'$'\n''glm-5p1'$'\n''accounts/fireworks/models/glm-5p2'$'\n''glm-5p2'$'\n''accounts/fireworks/models/gemma-4-26b-a4b-it'$'\n''gemma-4-26b-a4b-it'$'\n''accounts/fireworks/models/gemma-4-31b-it'$'\n''gemma-4-31b-it'
        return
        ;;
    '--persona')
        __tunesmith_add_completions -W "$(__tunesmith_custom_complete ---completion shell -- --persona "${COMP_CWORD}" "$(__tunesmith_cursor_index_in_current_word)")"
        return
        ;;
    '--system')
        return
        ;;
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    esac
}

_tunesmith_tokens() {
    repeating_flags=()
    non_repeating_flags=(--special --ids --json-lines --version -h --help)
    repeating_options=()
    non_repeating_options=(--model --encoding --tokenizer --pattern --chat)
    __tunesmith_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--model')
        __tunesmith_add_completions -W 'gpt-4.1'$'\n''gpt-4.1-2025-04-14'$'\n''gpt-4.1-mini'$'\n''gpt-4.1-mini-2025-04-14'$'\n''gpt-4.1-nano'$'\n''gpt-4.1-nano-2025-04-14'$'\n''o4-mini'$'\n''o4-mini-2025-04-16'$'\n''gpt-4o'$'\n''gpt-4o-2024-08-06'$'\n''gpt-4o-mini'$'\n''gpt-4o-mini-2024-07-18'$'\n''gpt-3.5-turbo'$'\n''gpt-3.5-turbo-0125'$'\n''gpt-3.5-turbo-1106'$'\n''gpt-3.5-turbo-0613'$'\n''gpt-4'$'\n''gpt-4-0613'$'\n''davinci-002'$'\n''babbage-002'$'\n''gpt-5'$'\n''gpt-4.5'$'\n''chatgpt-4o'$'\n''o1'$'\n''o3'$'\n''gpt-4-turbo'$'\n''gpt-4-32k'$'\n''gpt-35-turbo'$'\n''text-embedding-3-small'$'\n''text-embedding-3-large'$'\n''text-embedding-ada-002'$'\n''meta-llama/Meta-Llama-3.1-8B-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-70B-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference'$'\n''meta-llama/Llama-3.3-70B-Instruct-Reference'$'\n''meta-llama/Llama-3.3-70B-131k-Instruct-Reference'$'\n''meta-llama/Llama-3.2-3B-Instruct'$'\n''meta-llama/Llama-3.2-1B-Instruct'$'\n''meta-llama/Llama-4-Maverick-17B-128E-Instruct'$'\n''meta-llama/Llama-4-Scout-17B-16E-Instruct'$'\n''deepseek-ai/DeepSeek-R1-Distill-Llama-70B'$'\n''Qwen/Qwen3-0.6B'$'\n''Qwen/Qwen3-1.7B'$'\n''Qwen/Qwen3-4B'$'\n''Qwen/Qwen3-8B'$'\n''Qwen/Qwen3-14B'$'\n''Qwen/Qwen3-32B'$'\n''Qwen/Qwen3-30B-A3B'$'\n''Qwen/Qwen3-235B-A22B'$'\n''Qwen/Qwen3-235B-A22B-Instruct-2507'$'\n''Qwen/Qwen3-Next-80B-A3B-Instruct'$'\n''Qwen/Qwen3-Coder-30B-A3B-Instruct'$'\n''Qwen/Qwen3-Coder-480B-A35B-Instruct'$'\n''Qwen/Qwen2.5-1.5B-Instruct'$'\n''Qwen/Qwen2.5-3B-Instruct'$'\n''Qwen/Qwen2.5-7B-Instruct'$'\n''Qwen/Qwen2.5-14B-Instruct'$'\n''Qwen/Qwen2.5-32B-Instruct'$'\n''Qwen/Qwen2.5-72B-Instruct'$'\n''deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B'$'\n''deepseek-ai/DeepSeek-R1-Distill-Qwen-14B'$'\n''Qwen/Qwen3.5-0.8B'$'\n''Qwen/Qwen3.5-2B'$'\n''Qwen/Qwen3.5-4B'$'\n''Qwen/Qwen3.5-9B'$'\n''Qwen/Qwen3.5-35B-A3B'$'\n''Qwen/Qwen3.6-35B-A3B'$'\n''Qwen/Qwen3.5-27B'$'\n''Qwen/Qwen3.5-122B-A10B'$'\n''Qwen/Qwen3.5-397B-A17B'$'\n''openai/gpt-oss-20b'$'\n''openai/gpt-oss-120b'$'\n''deepseek-ai/DeepSeek-V3'$'\n''deepseek-ai/DeepSeek-V3-0324'$'\n''deepseek-ai/DeepSeek-V3.1'$'\n''deepseek-ai/DeepSeek-R1'$'\n''deepseek-ai/DeepSeek-R1-0528'$'\n''moonshotai/Kimi-K2-Base'$'\n''moonshotai/Kimi-K2-Instruct-0905'$'\n''moonshotai/Kimi-K2-Thinking'$'\n''moonshotai/Kimi-K2.5'$'\n''zai-org/GLM-4.6'$'\n''zai-org/GLM-4.7'$'\n''zai-org/GLM-5'$'\n''zai-org/GLM-5.1'$'\n''google/gemma-3-270m-it'$'\n''google/gemma-3-1b-it'$'\n''google/gemma-3-4b-it'$'\n''google/gemma-3-12b-it'$'\n''google/gemma-3-27b-it'$'\n''google/gemma-4-26B-A4B-it'$'\n''google/gemma-4-31B-it'$'\n''nvidia/NVIDIA-Nemotron-Nano-9B-v2'$'\n''mistralai/Mistral-7B-Instruct-v0.2'$'\n''mistralai/Mixtral-8x7B-Instruct-v0.1'$'\n''Qwen/Qwen3-VL-8B-Instruct'$'\n''Qwen/Qwen3-VL-30B-A3B-Instruct'$'\n''Qwen/Qwen3-VL-235B-A22B-Instruct'$'\n''meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM'$'\n''meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM'$'\n''google/gemma-3-4b-it-VLM'$'\n''google/gemma-3-12b-it-VLM'$'\n''google/gemma-3-27b-it-VLM'$'\n''accounts/fireworks/models/qwen3-8b'$'\n''qwen3-8b'$'\n''accounts/fireworks/models/qwen3-14b'$'\n''qwen3-14b'$'\n''accounts/fireworks/models/qwen3-4b'$'\n''qwen3-4b'$'\n''accounts/fireworks/models/qwen3-30b-a3b'$'\n''qwen3-30b-a3b'$'\n''accounts/fireworks/models/qwen3p5-9b'$'\n''qwen3p5-9b'$'\n''accounts/fireworks/models/qwen3p5-27b'$'\n''qwen3p5-27b'$'\n''accounts/fireworks/models/qwen3p5-35b-a3b'$'\n''qwen3p5-35b-a3b'$'\n''accounts/fireworks/models/llama-v3p1-8b-instruct'$'\n''llama-v3p1-8b-instruct'$'\n''accounts/fireworks/models/llama-v3p3-70b-instruct'$'\n''llama-v3p3-70b-instruct'$'\n''accounts/fireworks/models/qwen2p5-7b-instruct'$'\n''qwen2p5-7b-instruct'$'\n''accounts/fireworks/models/deepseek-v3p1'$'\n''deepseek-v3p1'$'\n''accounts/fireworks/models/kimi-k2-instruct-0905'$'\n''kimi-k2-instruct-0905'$'\n''accounts/fireworks/models/kimi-k2p5'$'\n''kimi-k2p5'$'\n''accounts/fireworks/models/glm-5p1'$'\n''glm-5p1'$'\n''accounts/fireworks/models/glm-5p2'$'\n''glm-5p2'$'\n''accounts/fireworks/models/gemma-4-26b-a4b-it'$'\n''gemma-4-26b-a4b-it'$'\n''accounts/fireworks/models/gemma-4-31b-it'$'\n''gemma-4-31b-it'
        return
        ;;
    '--encoding')
        __tunesmith_add_completions -W 'cl100k_base'$'\n''o200k_base'$'\n''o200k_harmony'
        return
        ;;
    '--tokenizer')
        __tunesmith_add_completions -f
        return
        ;;
    '--pattern')
        __tunesmith_add_completions -W 'cl100k'$'\n''llama3'$'\n''qwen2'$'\n''o200k'$'\n''tekken'$'\n''gpt2'
        return
        ;;
    '--chat')
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __tunesmith_add_completions -f
        return
        ;;
    esac
}

_tunesmith_render() {
    repeating_flags=()
    non_repeating_flags=(--json-lines --version -h --help)
    repeating_options=()
    non_repeating_options=(--model --encoding --tokenizer --pattern --example)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--model')
        __tunesmith_add_completions -W 'gpt-4.1'$'\n''gpt-4.1-2025-04-14'$'\n''gpt-4.1-mini'$'\n''gpt-4.1-mini-2025-04-14'$'\n''gpt-4.1-nano'$'\n''gpt-4.1-nano-2025-04-14'$'\n''o4-mini'$'\n''o4-mini-2025-04-16'$'\n''gpt-4o'$'\n''gpt-4o-2024-08-06'$'\n''gpt-4o-mini'$'\n''gpt-4o-mini-2024-07-18'$'\n''gpt-3.5-turbo'$'\n''gpt-3.5-turbo-0125'$'\n''gpt-3.5-turbo-1106'$'\n''gpt-3.5-turbo-0613'$'\n''gpt-4'$'\n''gpt-4-0613'$'\n''davinci-002'$'\n''babbage-002'$'\n''gpt-5'$'\n''gpt-4.5'$'\n''chatgpt-4o'$'\n''o1'$'\n''o3'$'\n''gpt-4-turbo'$'\n''gpt-4-32k'$'\n''gpt-35-turbo'$'\n''text-embedding-3-small'$'\n''text-embedding-3-large'$'\n''text-embedding-ada-002'$'\n''meta-llama/Meta-Llama-3.1-8B-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-70B-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference'$'\n''meta-llama/Llama-3.3-70B-Instruct-Reference'$'\n''meta-llama/Llama-3.3-70B-131k-Instruct-Reference'$'\n''meta-llama/Llama-3.2-3B-Instruct'$'\n''meta-llama/Llama-3.2-1B-Instruct'$'\n''meta-llama/Llama-4-Maverick-17B-128E-Instruct'$'\n''meta-llama/Llama-4-Scout-17B-16E-Instruct'$'\n''deepseek-ai/DeepSeek-R1-Distill-Llama-70B'$'\n''Qwen/Qwen3-0.6B'$'\n''Qwen/Qwen3-1.7B'$'\n''Qwen/Qwen3-4B'$'\n''Qwen/Qwen3-8B'$'\n''Qwen/Qwen3-14B'$'\n''Qwen/Qwen3-32B'$'\n''Qwen/Qwen3-30B-A3B'$'\n''Qwen/Qwen3-235B-A22B'$'\n''Qwen/Qwen3-235B-A22B-Instruct-2507'$'\n''Qwen/Qwen3-Next-80B-A3B-Instruct'$'\n''Qwen/Qwen3-Coder-30B-A3B-Instruct'$'\n''Qwen/Qwen3-Coder-480B-A35B-Instruct'$'\n''Qwen/Qwen2.5-1.5B-Instruct'$'\n''Qwen/Qwen2.5-3B-Instruct'$'\n''Qwen/Qwen2.5-7B-Instruct'$'\n''Qwen/Qwen2.5-14B-Instruct'$'\n''Qwen/Qwen2.5-32B-Instruct'$'\n''Qwen/Qwen2.5-72B-Instruct'$'\n''deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B'$'\n''deepseek-ai/DeepSeek-R1-Distill-Qwen-14B'$'\n''Qwen/Qwen3.5-0.8B'$'\n''Qwen/Qwen3.5-2B'$'\n''Qwen/Qwen3.5-4B'$'\n''Qwen/Qwen3.5-9B'$'\n''Qwen/Qwen3.5-35B-A3B'$'\n''Qwen/Qwen3.6-35B-A3B'$'\n''Qwen/Qwen3.5-27B'$'\n''Qwen/Qwen3.5-122B-A10B'$'\n''Qwen/Qwen3.5-397B-A17B'$'\n''openai/gpt-oss-20b'$'\n''openai/gpt-oss-120b'$'\n''deepseek-ai/DeepSeek-V3'$'\n''deepseek-ai/DeepSeek-V3-0324'$'\n''deepseek-ai/DeepSeek-V3.1'$'\n''deepseek-ai/DeepSeek-R1'$'\n''deepseek-ai/DeepSeek-R1-0528'$'\n''moonshotai/Kimi-K2-Base'$'\n''moonshotai/Kimi-K2-Instruct-0905'$'\n''moonshotai/Kimi-K2-Thinking'$'\n''moonshotai/Kimi-K2.5'$'\n''zai-org/GLM-4.6'$'\n''zai-org/GLM-4.7'$'\n''zai-org/GLM-5'$'\n''zai-org/GLM-5.1'$'\n''google/gemma-3-270m-it'$'\n''google/gemma-3-1b-it'$'\n''google/gemma-3-4b-it'$'\n''google/gemma-3-12b-it'$'\n''google/gemma-3-27b-it'$'\n''google/gemma-4-26B-A4B-it'$'\n''google/gemma-4-31B-it'$'\n''nvidia/NVIDIA-Nemotron-Nano-9B-v2'$'\n''mistralai/Mistral-7B-Instruct-v0.2'$'\n''mistralai/Mixtral-8x7B-Instruct-v0.1'$'\n''Qwen/Qwen3-VL-8B-Instruct'$'\n''Qwen/Qwen3-VL-30B-A3B-Instruct'$'\n''Qwen/Qwen3-VL-235B-A22B-Instruct'$'\n''meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM'$'\n''meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM'$'\n''google/gemma-3-4b-it-VLM'$'\n''google/gemma-3-12b-it-VLM'$'\n''google/gemma-3-27b-it-VLM'$'\n''accounts/fireworks/models/qwen3-8b'$'\n''qwen3-8b'$'\n''accounts/fireworks/models/qwen3-14b'$'\n''qwen3-14b'$'\n''accounts/fireworks/models/qwen3-4b'$'\n''qwen3-4b'$'\n''accounts/fireworks/models/qwen3-30b-a3b'$'\n''qwen3-30b-a3b'$'\n''accounts/fireworks/models/qwen3p5-9b'$'\n''qwen3p5-9b'$'\n''accounts/fireworks/models/qwen3p5-27b'$'\n''qwen3p5-27b'$'\n''accounts/fireworks/models/qwen3p5-35b-a3b'$'\n''qwen3p5-35b-a3b'$'\n''accounts/fireworks/models/llama-v3p1-8b-instruct'$'\n''llama-v3p1-8b-instruct'$'\n''accounts/fireworks/models/llama-v3p3-70b-instruct'$'\n''llama-v3p3-70b-instruct'$'\n''accounts/fireworks/models/qwen2p5-7b-instruct'$'\n''qwen2p5-7b-instruct'$'\n''accounts/fireworks/models/deepseek-v3p1'$'\n''deepseek-v3p1'$'\n''accounts/fireworks/models/kimi-k2-instruct-0905'$'\n''kimi-k2-instruct-0905'$'\n''accounts/fireworks/models/kimi-k2p5'$'\n''kimi-k2p5'$'\n''accounts/fireworks/models/glm-5p1'$'\n''glm-5p1'$'\n''accounts/fireworks/models/glm-5p2'$'\n''glm-5p2'$'\n''accounts/fireworks/models/gemma-4-26b-a4b-it'$'\n''gemma-4-26b-a4b-it'$'\n''accounts/fireworks/models/gemma-4-31b-it'$'\n''gemma-4-31b-it'
        return
        ;;
    '--encoding')
        __tunesmith_add_completions -W 'cl100k_base'$'\n''o200k_base'$'\n''o200k_harmony'
        return
        ;;
    '--tokenizer')
        __tunesmith_add_completions -f
        return
        ;;
    '--pattern')
        __tunesmith_add_completions -W 'cl100k'$'\n''llama3'$'\n''qwen2'$'\n''o200k'$'\n''tekken'$'\n''gpt2'
        return
        ;;
    '--example')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    esac
}

_tunesmith_validate() {
    repeating_flags=()
    non_repeating_flags=(--json --as-validation-file --version -h --help)
    repeating_options=()
    non_repeating_options=(--model --encoding --max-tokens --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--model')
        __tunesmith_add_completions -W 'gpt-4.1'$'\n''gpt-4.1-2025-04-14'$'\n''gpt-4.1-mini'$'\n''gpt-4.1-mini-2025-04-14'$'\n''gpt-4.1-nano'$'\n''gpt-4.1-nano-2025-04-14'$'\n''o4-mini'$'\n''o4-mini-2025-04-16'$'\n''gpt-4o'$'\n''gpt-4o-2024-08-06'$'\n''gpt-4o-mini'$'\n''gpt-4o-mini-2024-07-18'$'\n''gpt-3.5-turbo'$'\n''gpt-3.5-turbo-0125'$'\n''gpt-3.5-turbo-1106'$'\n''gpt-3.5-turbo-0613'$'\n''gpt-4'$'\n''gpt-4-0613'$'\n''davinci-002'$'\n''babbage-002'$'\n''gpt-5'$'\n''gpt-4.5'$'\n''chatgpt-4o'$'\n''o1'$'\n''o3'$'\n''gpt-4-turbo'$'\n''gpt-4-32k'$'\n''gpt-35-turbo'$'\n''text-embedding-3-small'$'\n''text-embedding-3-large'$'\n''text-embedding-ada-002'$'\n''meta-llama/Meta-Llama-3.1-8B-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-70B-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference'$'\n''meta-llama/Llama-3.3-70B-Instruct-Reference'$'\n''meta-llama/Llama-3.3-70B-131k-Instruct-Reference'$'\n''meta-llama/Llama-3.2-3B-Instruct'$'\n''meta-llama/Llama-3.2-1B-Instruct'$'\n''meta-llama/Llama-4-Maverick-17B-128E-Instruct'$'\n''meta-llama/Llama-4-Scout-17B-16E-Instruct'$'\n''deepseek-ai/DeepSeek-R1-Distill-Llama-70B'$'\n''Qwen/Qwen3-0.6B'$'\n''Qwen/Qwen3-1.7B'$'\n''Qwen/Qwen3-4B'$'\n''Qwen/Qwen3-8B'$'\n''Qwen/Qwen3-14B'$'\n''Qwen/Qwen3-32B'$'\n''Qwen/Qwen3-30B-A3B'$'\n''Qwen/Qwen3-235B-A22B'$'\n''Qwen/Qwen3-235B-A22B-Instruct-2507'$'\n''Qwen/Qwen3-Next-80B-A3B-Instruct'$'\n''Qwen/Qwen3-Coder-30B-A3B-Instruct'$'\n''Qwen/Qwen3-Coder-480B-A35B-Instruct'$'\n''Qwen/Qwen2.5-1.5B-Instruct'$'\n''Qwen/Qwen2.5-3B-Instruct'$'\n''Qwen/Qwen2.5-7B-Instruct'$'\n''Qwen/Qwen2.5-14B-Instruct'$'\n''Qwen/Qwen2.5-32B-Instruct'$'\n''Qwen/Qwen2.5-72B-Instruct'$'\n''deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B'$'\n''deepseek-ai/DeepSeek-R1-Distill-Qwen-14B'$'\n''Qwen/Qwen3.5-0.8B'$'\n''Qwen/Qwen3.5-2B'$'\n''Qwen/Qwen3.5-4B'$'\n''Qwen/Qwen3.5-9B'$'\n''Qwen/Qwen3.5-35B-A3B'$'\n''Qwen/Qwen3.6-35B-A3B'$'\n''Qwen/Qwen3.5-27B'$'\n''Qwen/Qwen3.5-122B-A10B'$'\n''Qwen/Qwen3.5-397B-A17B'$'\n''openai/gpt-oss-20b'$'\n''openai/gpt-oss-120b'$'\n''deepseek-ai/DeepSeek-V3'$'\n''deepseek-ai/DeepSeek-V3-0324'$'\n''deepseek-ai/DeepSeek-V3.1'$'\n''deepseek-ai/DeepSeek-R1'$'\n''deepseek-ai/DeepSeek-R1-0528'$'\n''moonshotai/Kimi-K2-Base'$'\n''moonshotai/Kimi-K2-Instruct-0905'$'\n''moonshotai/Kimi-K2-Thinking'$'\n''moonshotai/Kimi-K2.5'$'\n''zai-org/GLM-4.6'$'\n''zai-org/GLM-4.7'$'\n''zai-org/GLM-5'$'\n''zai-org/GLM-5.1'$'\n''google/gemma-3-270m-it'$'\n''google/gemma-3-1b-it'$'\n''google/gemma-3-4b-it'$'\n''google/gemma-3-12b-it'$'\n''google/gemma-3-27b-it'$'\n''google/gemma-4-26B-A4B-it'$'\n''google/gemma-4-31B-it'$'\n''nvidia/NVIDIA-Nemotron-Nano-9B-v2'$'\n''mistralai/Mistral-7B-Instruct-v0.2'$'\n''mistralai/Mixtral-8x7B-Instruct-v0.1'$'\n''Qwen/Qwen3-VL-8B-Instruct'$'\n''Qwen/Qwen3-VL-30B-A3B-Instruct'$'\n''Qwen/Qwen3-VL-235B-A22B-Instruct'$'\n''meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM'$'\n''meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM'$'\n''google/gemma-3-4b-it-VLM'$'\n''google/gemma-3-12b-it-VLM'$'\n''google/gemma-3-27b-it-VLM'$'\n''accounts/fireworks/models/qwen3-8b'$'\n''qwen3-8b'$'\n''accounts/fireworks/models/qwen3-14b'$'\n''qwen3-14b'$'\n''accounts/fireworks/models/qwen3-4b'$'\n''qwen3-4b'$'\n''accounts/fireworks/models/qwen3-30b-a3b'$'\n''qwen3-30b-a3b'$'\n''accounts/fireworks/models/qwen3p5-9b'$'\n''qwen3p5-9b'$'\n''accounts/fireworks/models/qwen3p5-27b'$'\n''qwen3p5-27b'$'\n''accounts/fireworks/models/qwen3p5-35b-a3b'$'\n''qwen3p5-35b-a3b'$'\n''accounts/fireworks/models/llama-v3p1-8b-instruct'$'\n''llama-v3p1-8b-instruct'$'\n''accounts/fireworks/models/llama-v3p3-70b-instruct'$'\n''llama-v3p3-70b-instruct'$'\n''accounts/fireworks/models/qwen2p5-7b-instruct'$'\n''qwen2p5-7b-instruct'$'\n''accounts/fireworks/models/deepseek-v3p1'$'\n''deepseek-v3p1'$'\n''accounts/fireworks/models/kimi-k2-instruct-0905'$'\n''kimi-k2-instruct-0905'$'\n''accounts/fireworks/models/kimi-k2p5'$'\n''kimi-k2p5'$'\n''accounts/fireworks/models/glm-5p1'$'\n''glm-5p1'$'\n''accounts/fireworks/models/glm-5p2'$'\n''glm-5p2'$'\n''accounts/fireworks/models/gemma-4-26b-a4b-it'$'\n''gemma-4-26b-a4b-it'$'\n''accounts/fireworks/models/gemma-4-31b-it'$'\n''gemma-4-31b-it'
        return
        ;;
    '--encoding')
        __tunesmith_add_completions -W 'cl100k_base'$'\n''o200k_base'$'\n''o200k_harmony'
        return
        ;;
    '--max-tokens')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    esac
}

_tunesmith_split() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--validation-fraction --seed)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--validation-fraction')
        return
        ;;
    '--seed')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    esac
}

_tunesmith_import() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--from --columns --out)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--from')
        __tunesmith_add_completions -W 'chatgpt'$'\n''claude'$'\n''llm'$'\n''sharegpt'$'\n''alpaca'$'\n''csv'
        return
        ;;
    '--columns')
        return
        ;;
    '--out')
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __tunesmith_add_completions -f
        return
        ;;
    esac
}

_tunesmith_export() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--to --method --model --out)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--to')
        __tunesmith_add_completions -W 'trl'$'\n''axolotl'$'\n''unsloth'$'\n''mlx'$'\n''llama-factory'
        return
        ;;
    '--method')
        __tunesmith_add_completions -W 'sft'$'\n''dpo'$'\n''kto'
        return
        ;;
    '--model')
        return
        ;;
    '--out')
        __tunesmith_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    esac
}

_tunesmith_chat() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--model --system --base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--model')
        return
        ;;
    '--system')
        return
        ;;
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_eval() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=(--model)
    non_repeating_options=(--judge --turns --concurrency --target --seed --html --base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--model')
        __tunesmith_add_completions -W 'gpt-4.1'$'\n''gpt-4.1-2025-04-14'$'\n''gpt-4.1-mini'$'\n''gpt-4.1-mini-2025-04-14'$'\n''gpt-4.1-nano'$'\n''gpt-4.1-nano-2025-04-14'$'\n''o4-mini'$'\n''o4-mini-2025-04-16'$'\n''gpt-4o'$'\n''gpt-4o-2024-08-06'$'\n''gpt-4o-mini'$'\n''gpt-4o-mini-2024-07-18'$'\n''gpt-3.5-turbo'$'\n''gpt-3.5-turbo-0125'$'\n''gpt-3.5-turbo-1106'$'\n''gpt-3.5-turbo-0613'$'\n''gpt-4'$'\n''gpt-4-0613'$'\n''davinci-002'$'\n''babbage-002'$'\n''gpt-5'$'\n''gpt-4.5'$'\n''chatgpt-4o'$'\n''o1'$'\n''o3'$'\n''gpt-4-turbo'$'\n''gpt-4-32k'$'\n''gpt-35-turbo'$'\n''text-embedding-3-small'$'\n''text-embedding-3-large'$'\n''text-embedding-ada-002'
        return
        ;;
    '--judge')
        return
        ;;
    '--turns')
        __tunesmith_add_completions -W 'last'$'\n''all'
        return
        ;;
    '--concurrency')
        return
        ;;
    '--target')
        return
        ;;
    '--seed')
        return
        ;;
    '--html')
        __tunesmith_add_completions -o plusdirs -fX '!*.@(html)'
        return
        ;;
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    esac
}

_tunesmith_files() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    upload|list|show|delete)
        # Offer subcommand argument completions
        "_tunesmith_files_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'upload list show delete' -- "${cur}"))
        ;;
    esac
}

_tunesmith_files_upload() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--purpose --model --base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--purpose')
        return
        ;;
    '--model')
        return
        ;;
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    esac
}

_tunesmith_files_list() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_files_show() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_files_delete() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_jobs() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    create|list|show|events|checkpoints|cancel|pause|resume|watch)
        # Offer subcommand argument completions
        "_tunesmith_jobs_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'create list show events checkpoints cancel pause resume watch' -- "${cur}"))
        ;;
    esac
}

_tunesmith_jobs_create() {
    repeating_flags=()
    non_repeating_flags=(--full --lora --yes --version -h --help)
    repeating_options=()
    non_repeating_options=(--model --training-file --validation-file --suffix --epochs --batch-size --learning-rate-multiplier --learning-rate --lora-rank --max-context-length --train-on-inputs --evaluations --checkpoints --seed --method --beta --base-url --organization --project --provider)
    __tunesmith_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--model')
        __tunesmith_add_completions -W 'gpt-4.1'$'\n''gpt-4.1-2025-04-14'$'\n''gpt-4.1-mini'$'\n''gpt-4.1-mini-2025-04-14'$'\n''gpt-4.1-nano'$'\n''gpt-4.1-nano-2025-04-14'$'\n''o4-mini'$'\n''o4-mini-2025-04-16'$'\n''gpt-4o'$'\n''gpt-4o-2024-08-06'$'\n''gpt-4o-mini'$'\n''gpt-4o-mini-2024-07-18'$'\n''gpt-3.5-turbo'$'\n''gpt-3.5-turbo-0125'$'\n''gpt-3.5-turbo-1106'$'\n''gpt-3.5-turbo-0613'$'\n''gpt-4'$'\n''gpt-4-0613'$'\n''davinci-002'$'\n''babbage-002'$'\n''meta-llama/Meta-Llama-3.1-8B-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-70B-Instruct-Reference'$'\n''meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference'$'\n''meta-llama/Llama-3.3-70B-Instruct-Reference'$'\n''meta-llama/Llama-3.3-70B-131k-Instruct-Reference'$'\n''meta-llama/Llama-3.2-3B-Instruct'$'\n''meta-llama/Llama-3.2-1B-Instruct'$'\n''meta-llama/Llama-4-Maverick-17B-128E-Instruct'$'\n''meta-llama/Llama-4-Scout-17B-16E-Instruct'$'\n''deepseek-ai/DeepSeek-R1-Distill-Llama-70B'$'\n''Qwen/Qwen3-0.6B'$'\n''Qwen/Qwen3-1.7B'$'\n''Qwen/Qwen3-4B'$'\n''Qwen/Qwen3-8B'$'\n''Qwen/Qwen3-14B'$'\n''Qwen/Qwen3-32B'$'\n''Qwen/Qwen3-30B-A3B'$'\n''Qwen/Qwen3-235B-A22B'$'\n''Qwen/Qwen3-235B-A22B-Instruct-2507'$'\n''Qwen/Qwen3-Next-80B-A3B-Instruct'$'\n''Qwen/Qwen3-Coder-30B-A3B-Instruct'$'\n''Qwen/Qwen3-Coder-480B-A35B-Instruct'$'\n''Qwen/Qwen2.5-1.5B-Instruct'$'\n''Qwen/Qwen2.5-3B-Instruct'$'\n''Qwen/Qwen2.5-7B-Instruct'$'\n''Qwen/Qwen2.5-14B-Instruct'$'\n''Qwen/Qwen2.5-32B-Instruct'$'\n''Qwen/Qwen2.5-72B-Instruct'$'\n''deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B'$'\n''deepseek-ai/DeepSeek-R1-Distill-Qwen-14B'$'\n''Qwen/Qwen3.5-0.8B'$'\n''Qwen/Qwen3.5-2B'$'\n''Qwen/Qwen3.5-4B'$'\n''Qwen/Qwen3.5-9B'$'\n''Qwen/Qwen3.5-35B-A3B'$'\n''Qwen/Qwen3.6-35B-A3B'$'\n''Qwen/Qwen3.5-27B'$'\n''Qwen/Qwen3.5-122B-A10B'$'\n''Qwen/Qwen3.5-397B-A17B'$'\n''openai/gpt-oss-20b'$'\n''openai/gpt-oss-120b'$'\n''deepseek-ai/DeepSeek-V3'$'\n''deepseek-ai/DeepSeek-V3-0324'$'\n''deepseek-ai/DeepSeek-V3.1'$'\n''deepseek-ai/DeepSeek-R1'$'\n''deepseek-ai/DeepSeek-R1-0528'$'\n''moonshotai/Kimi-K2-Base'$'\n''moonshotai/Kimi-K2-Instruct-0905'$'\n''moonshotai/Kimi-K2-Thinking'$'\n''moonshotai/Kimi-K2.5'$'\n''zai-org/GLM-4.6'$'\n''zai-org/GLM-4.7'$'\n''zai-org/GLM-5'$'\n''zai-org/GLM-5.1'$'\n''google/gemma-3-270m-it'$'\n''google/gemma-3-1b-it'$'\n''google/gemma-3-4b-it'$'\n''google/gemma-3-12b-it'$'\n''google/gemma-3-27b-it'$'\n''google/gemma-4-26B-A4B-it'$'\n''google/gemma-4-31B-it'$'\n''nvidia/NVIDIA-Nemotron-Nano-9B-v2'$'\n''mistralai/Mistral-7B-Instruct-v0.2'$'\n''mistralai/Mixtral-8x7B-Instruct-v0.1'$'\n''Qwen/Qwen3-VL-8B-Instruct'$'\n''Qwen/Qwen3-VL-30B-A3B-Instruct'$'\n''Qwen/Qwen3-VL-235B-A22B-Instruct'$'\n''meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM'$'\n''meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM'$'\n''google/gemma-3-4b-it-VLM'$'\n''google/gemma-3-12b-it-VLM'$'\n''google/gemma-3-27b-it-VLM'$'\n''accounts/fireworks/models/qwen3-8b'$'\n''qwen3-8b'$'\n''accounts/fireworks/models/qwen3-14b'$'\n''qwen3-14b'$'\n''accounts/fireworks/models/qwen3-4b'$'\n''qwen3-4b'$'\n''accounts/fireworks/models/qwen3-30b-a3b'$'\n''qwen3-30b-a3b'$'\n''accounts/fireworks/models/qwen3p5-9b'$'\n''qwen3p5-9b'$'\n''accounts/fireworks/models/qwen3p5-27b'$'\n''qwen3p5-27b'$'\n''accounts/fireworks/models/qwen3p5-35b-a3b'$'\n''qwen3p5-35b-a3b'$'\n''accounts/fireworks/models/llama-v3p1-8b-instruct'$'\n''llama-v3p1-8b-instruct'$'\n''accounts/fireworks/models/llama-v3p3-70b-instruct'$'\n''llama-v3p3-70b-instruct'$'\n''accounts/fireworks/models/qwen2p5-7b-instruct'$'\n''qwen2p5-7b-instruct'$'\n''accounts/fireworks/models/deepseek-v3p1'$'\n''deepseek-v3p1'$'\n''accounts/fireworks/models/kimi-k2-instruct-0905'$'\n''kimi-k2-instruct-0905'$'\n''accounts/fireworks/models/kimi-k2p5'$'\n''kimi-k2p5'$'\n''accounts/fireworks/models/glm-5p1'$'\n''glm-5p1'$'\n''accounts/fireworks/models/glm-5p2'$'\n''glm-5p2'$'\n''accounts/fireworks/models/gemma-4-26b-a4b-it'$'\n''gemma-4-26b-a4b-it'$'\n''accounts/fireworks/models/gemma-4-31b-it'$'\n''gemma-4-31b-it'
        return
        ;;
    '--training-file')
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    '--validation-file')
        __tunesmith_add_completions -o plusdirs -fX '!*.@(jsonl)'
        return
        ;;
    '--suffix')
        return
        ;;
    '--epochs')
        return
        ;;
    '--batch-size')
        return
        ;;
    '--learning-rate-multiplier')
        return
        ;;
    '--learning-rate')
        return
        ;;
    '--lora-rank')
        return
        ;;
    '--max-context-length')
        return
        ;;
    '--train-on-inputs')
        return
        ;;
    '--evaluations')
        return
        ;;
    '--checkpoints')
        return
        ;;
    '--seed')
        return
        ;;
    '--method')
        __tunesmith_add_completions -W 'supervised'$'\n''dpo'
        return
        ;;
    '--beta')
        return
        ;;
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_jobs_list() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--limit --base-url --organization --project --provider)
    __tunesmith_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--limit')
        return
        ;;
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_jobs_show() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_jobs_events() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_jobs_checkpoints() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_jobs_cancel() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_jobs_pause() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_jobs_resume() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_jobs_watch() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--interval --base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--interval')
        return
        ;;
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_models() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|catalog|delete)
        # Offer subcommand argument completions
        "_tunesmith_models_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list catalog delete' -- "${cur}"))
        ;;
    esac
}

_tunesmith_models_list() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_models_catalog() {
    repeating_flags=()
    non_repeating_flags=(--refresh --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--provider)
    __tunesmith_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_models_delete() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --organization --project --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--organization')
        return
        ;;
    '--project')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'openai'$'\n''together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_endpoints() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    create|list|show|delete)
        # Offer subcommand argument completions
        "_tunesmith_endpoints_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'create list show delete' -- "${cur}"))
        ;;
    esac
}

_tunesmith_endpoints_create() {
    repeating_flags=()
    non_repeating_flags=(--yes --version -h --help)
    repeating_options=()
    non_repeating_options=(--hardware --min-replicas --max-replicas --name --provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--hardware')
        return
        ;;
    '--min-replicas')
        return
        ;;
    '--max-replicas')
        return
        ;;
    '--name')
        return
        ;;
    '--provider')
        __tunesmith_add_completions -W 'together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_endpoints_list() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--provider)
    __tunesmith_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--provider')
        __tunesmith_add_completions -W 'together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_endpoints_show() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--provider')
        __tunesmith_add_completions -W 'together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_endpoints_delete() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--provider)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--provider')
        __tunesmith_add_completions -W 'together'$'\n''fireworks'
        return
        ;;
    esac
}

_tunesmith_encodings() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    path|fetch|install)
        # Offer subcommand argument completions
        "_tunesmith_encodings_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'path fetch install' -- "${cur}"))
        ;;
    esac
}

_tunesmith_encodings_path() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options 0
}

_tunesmith_encodings_fetch() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options -1

    # Offer positional completions
    case "${positional_number}" in
    *)
        __tunesmith_add_completions -W 'cl100k_base'$'\n''o200k_base'
        return
        ;;
    esac
}

_tunesmith_encodings_install() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--encoding)
    __tunesmith_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--encoding')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __tunesmith_add_completions -o plusdirs -fX '!*.@(tiktoken)'
        return
        ;;
    esac
}

_tunesmith_tokenizers() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    path|fetch|list)
        # Offer subcommand argument completions
        "_tunesmith_tokenizers_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'path fetch list' -- "${cur}"))
        ;;
    esac
}

_tunesmith_tokenizers_path() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options 1
}

_tunesmith_tokenizers_fetch() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options -1
}

_tunesmith_tokenizers_list() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options 0
}

_tunesmith_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __tunesmith_offer_flags_options -1
}

complete -o filenames -F _tunesmith tunesmith
