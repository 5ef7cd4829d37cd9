#pragma once

#include "core/common/error.h"

#include <optional>
#include <utility>

// The value of a synchronous call, or the Error that prevented it. No exceptions cross module boundaries.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {
        Q_ASSERT(m_error.isError());
    }
    Result(ErrorCode code, QString detail = {})
        : Result(Error(code, std::move(detail)))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For calls that produce nothing but can fail.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}
    Result(ErrorCode code, QString detail = {})
        : m_error(code, std::move(detail))
    {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};
